package bgp.config;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reads ExaBGP configuration files. A service; thread-safe. */
@ProviderType
public interface ConfigurationService {

    /**
     * Read a configuration file into its model.
     *
     * @throws ConfigException with every error found, each naming file, line, column, the offending token and what
     *     was expected
     */
    Configuration parse(Path file) throws ConfigException;

    /**
     * Check a configuration file without applying it: the whole grammar (structure, keywords, values, templates,
     * routes). Never throws for a bad file.
     *
     * @return the errors in file order; empty if the file is valid
     */
    List<ConfigError> validate(Path file);
}
