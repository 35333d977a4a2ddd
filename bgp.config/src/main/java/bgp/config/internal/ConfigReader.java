package bgp.config.internal;

import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.ProcessConfig;
import bgp.reactor.ExabgpEnvironment;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a configuration file: the structural check, then the grammar. */
public final class ConfigReader {
    private ConfigReader() {
    }

    /** The model of a file, or every error in it, with the system's ExaBGP environment settings. */
    public static Configuration read(Path path) throws ConfigException {
        return read(path, ExabgpEnvironment.system());
    }

    /**
     * The model of a file, or every error in it; {@code env} gives {@code exabgp.api.encoder}, the encoder of the
     * processes that do not name one ({@code text} when unset; an invalid value is an error at line 0).
     */
    public static Configuration read(Path path, ExabgpEnvironment env) throws ConfigException {
        String name = path.toString();
        String content;
        try {
            content = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(new ConfigError(name, 0, 0, "cannot read: no such file")));
        } catch (AccessDeniedException e) {
            throw new ConfigException(List.of(new ConfigError(name, 0, 0, "cannot read: permission denied")));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigError(name, 0, 0, "cannot read: not UTF-8 text")));
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigError(name, 0, 0, "cannot read: " + e.getMessage())));
        }
        Path dir = path.toAbsolutePath().getParent();
        return read(name, dir, path, content, env);
    }

    /** The model of {@code text}, read from a file named {@code file} in {@code directory}. */
    public static Configuration read(String file, Path directory, Path source, CharSequence text)
            throws ConfigException {
        return read(file, directory, source, text, ExabgpEnvironment.system());
    }

    /** As {@link #read(String, Path, Path, CharSequence)}, with {@code env} as {@link #read(Path, ExabgpEnvironment)}. */
    public static Configuration read(String file, Path directory, Path source, CharSequence text,
                                     ExabgpEnvironment env) throws ConfigException {
        String encoder;
        try {
            encoder = env.choice("api", "encoder", ProcessConfig.TEXT, ProcessConfig.TEXT, ProcessConfig.JSON);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(new ConfigError(file, 0, 0, e.getMessage())));
        }
        List<ConfigError> structure = StructureCheck.check(file, text);
        if (!structure.isEmpty()) {
            throw new ConfigException(structure);
        }
        ConfigParser parser = new ConfigParser(file, directory, encoder);
        Configuration c = parser.parse(source, Node.parse(Lexer.tokens(text)));
        List<ConfigError> errors = parser.errors().stream()
                .sorted((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                        : Integer.compare(a.column(), b.column()))
                .toList();
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return c;
    }
}
