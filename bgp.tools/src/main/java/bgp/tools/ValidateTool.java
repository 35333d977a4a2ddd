package bgp.tools;

import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.internal.ConfigReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code validate <conf>}: the whole grammar of a configuration file checked, nothing run (the configuration
 * bundle's reader, as {@code ConfigurationService.validate} uses it). Prints {@code ok} (status 0), or every
 * error as {@code file:line:column: message} on standard error (status 1).
 */
final class ValidateTool {
    static final String USAGE = "validate <configuration>";

    private ValidateTool() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws ToolException {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new ToolException("expected one configuration file; usage: " + USAGE);
        }
        try {
            ConfigReader.read(Path.of(args.get(0)));
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                err.println(error);
            }
            return 1;
        }
        out.println("ok");
        return 0;
    }
}
