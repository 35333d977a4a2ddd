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

    /** The configuration the speaker runs, if one was loaded. */
    java.util.Optional<Configuration> current();

    /** The configuration file the speaker runs, if one was loaded. */
    java.util.Optional<Path> file();

    /**
     * Run a configuration file: parse it and apply the difference to the running speaker (new neighbors start,
     * removed ones stop with a NOTIFICATION, a neighbor whose session parameters changed restarts, one whose routes
     * changed gets only the announcements and withdrawals needed, the others are untouched; dynamic peers created
     * through the API are removed). A file with an error changes nothing.
     *
     * @throws ConfigException with every error (file, line, column)
     */
    LoadResult load(Path file) throws ConfigException;

    /**
     * Read the running file again and apply the difference ({@link #load}).
     *
     * @throws ConfigException with every error; nothing changed
     * @throws IllegalStateException when no file is loaded
     */
    LoadResult reload() throws ConfigException;
}
