package bgp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import bgp.api.command.internal.control.ControlChannel;
import bgp.codec.conformance.ConformanceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on good and bad files; {@code cli} against a real control channel, and with none. */
class ValidateAndCliTest {

    @Test
    void validateSaysOkForEveryConformanceConfigurationItTries() {
        Path conf = ConformanceData.exabgp().resolve("etc/conf-ebgp.conf");
        assertEquals(new ToolRun(0, "ok\n", ""), ToolRun.of("validate", conf.toString()));
    }

    @Test
    void validatePrintsEveryErrorWithItsPosition(@TempDir Path dir) throws IOException {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "neighbor 127.0.0.1 {\n    local-as 65000;\n    peer-as 65001;\n    hold-tme 3;\n"
                + "    local-address 127.0.0.1;\n    static {\n        route 10.0.0.0/24 next-hop 1.2.3.4 med abc;\n"
                + "    }\n}\n");
        ToolRun r = ToolRun.of("validate", conf.toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith(conf + ":4:5: unknown keyword 'hold-tme' in neighbor"), errors.get(0));
        assertEquals(conf + ":7:48: invalid med 'abc', expected a number from 0 to 4294967295", errors.get(1));
        assertEquals(new ToolRun(1, "", "/nonexistent.conf: cannot read: no such file\n"),
                ToolRun.of("validate", "/nonexistent.conf"));
        assertEquals(new ToolRun(1, "", "error: expected one configuration file; usage: validate <configuration>\n"),
                ToolRun.of("validate"));
    }

    /** Answers {@code version} with one line and done, anything else with an error. */
    static final CommandDispatcher DISPATCHER = new CommandDispatcher() {
        @Override
        public boolean dispatch(String line, CommandOutput out) {
            if (line.equals("version")) {
                out.println("bgp test");
                out.println("done");
                return true;
            }
            out.println("error: unknown command: " + line.split(" ")[0]);
            out.println("error");
            return false;
        }

        @Override
        public List<CommandInfo> commands() {
            return List.of();
        }
    };

    @Test
    void cliSendsCommandsAndPrintsAnswersThroughDoneOrError(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("bgp.sock");
        ControlChannel channel = new ControlChannel(DISPATCHER, socket);
        try {
            assertEquals(new ToolRun(0, "bgp test\ndone\n", ""), ToolRun.of("cli", "--socket", socket.toString(),
                    "version"));
            assertEquals(new ToolRun(1, "error: unknown command: frob\nerror\n", ""),
                    ToolRun.of("cli", "--socket", socket.toString(), "frob", "now"));
            assertEquals(new ToolRun(1, "bgp test\ndone\nerror: unknown command: frob\nerror\nbgp test\ndone\n", ""),
                    ToolRun.withInput("version\nfrob\n\nversion\n", "cli", "--socket", socket.toString()));
        } finally {
            channel.close();
        }
        ToolRun none = ToolRun.of("cli", "--socket", socket.toString(), "version");
        assertEquals(CliTool.NO_SPEAKER, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("error: no speaker listens on " + socket + " ("), none.err());
    }
}
