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
     * Check a configuration file without applying it: exactly the checks {@link #parse} and {@link #load} make (the
     * structure, every keyword and value, templates, processes named by {@code api} blocks, routes and their
     * families, the ExaBGP environment settings the file depends on, {@code exabgp.api.encoder}). Nothing changes in
     * the running speaker; {@link #parse} accepts exactly the files for which this returns no error.
     *
     * <p>Every error is returned, each with the file as named, line and column (1-based; 0 and 0 for an error about
     * the whole file: it cannot be read, an environment setting is invalid), the offending token ({@code ""} when
     * none) and a message saying what was expected ({@link ConfigError#expected()}). When the structure itself is
     * broken (an unclosed block, a missing {@code ;}) only the structural errors are given, since the rest cannot be
     * read reliably.
     *
     * @return the errors sorted by line then column; empty if the file is valid
     * @throws NullPointerException when {@code file} is null; never an exception for a bad or unreadable file
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
