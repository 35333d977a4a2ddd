package bgp.config;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reads ExaBGP configuration files. A service; thread-safe. */
@ProviderType
public interface ConfigurationService {

    /**
     * Check a configuration file without applying it. For now the check is structural: the file is readable
     * UTF-8 text, its {@code {}} blocks are balanced and every statement ends with {@code ;}. Never throws for a
     * bad file.
     *
     * @return the errors in file order; empty if the file is valid
     */
    List<ConfigError> validate(Path file);
}
