package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.config.ConfigError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureCheckTest {
    private static final String VALID = """
            # an ExaBGP configuration
            process announce-routes {
                run "/usr/bin/python3 ./announce.py; echo {done}";   # the ';' and braces are quoted
                encoder json;
            }

            neighbor 127.0.0.1 {
                router-id 10.0.0.2;
                local-address 127.0.0.1;
                local-as 65001;
                peer-as 65000;
                family {
                    ipv4 unicast;
                }
                static {
                    route 10.0.0.0/24 next-hop self;
                }
            }
            """;

    /** The errors as {@code line:column: message} strings, for readable assertions. */
    private static List<String> errors(String text) {
        return StructureCheck.check("bgp.conf", text).stream()
                .map(e -> e.line() + ":" + e.column() + ": " + e.message()).toList();
    }

    @Test
    void aWellFormedConfigurationHasNoErrors() {
        assertEquals(List.of(), errors(VALID));
    }

    @Test
    void emptyFilesAndCommentsAreValid() {
        assertEquals(List.of(), errors(""));
        assertEquals(List.of(), errors("# nothing here\n\n   # at all { ;\n"));
    }

    @Test
    void aStatementWithoutSemicolonBeforeAClosingBrace() {
        assertEquals(List.of("2:21: expected ';' after '10.0.0.2' before '}'"),
                errors("neighbor 127.0.0.1 {\n  router-id 10.0.0.2\n}\n"));
    }

    @Test
    void aStatementWithoutSemicolonAtEndOfFile() {
        assertEquals(List.of("1:16: expected ';' after 'debug' at end of file"), errors("log-level debug\n"));
    }

    @Test
    void aClosingBraceWithNothingOpen() {
        assertEquals(List.of("3:1: unexpected '}' with no '{' open"),
                errors("neighbor 127.0.0.1 {\n}\n}\n"));
    }

    @Test
    void anUnclosedBlockIsReportedWhereItOpens() {
        assertEquals(List.of("1:20: '{' is never closed: expected '}' before end of file",
                        "2:9: '{' is never closed: expected '}' before end of file"),
                errors("neighbor 127.0.0.1 {\n family {\n  ipv4 unicast;\n"));
    }

    @Test
    void aBlockNeedsAName() {
        assertEquals(List.of("1:1: expected a name before '{'"), errors("{\n}\n"));
    }

    @Test
    void anUnterminatedStringRunsToTheEndOfItsLine() {
        assertEquals(List.of("2:6: unterminated string: expected \" before end of line"),
                errors("process p {\n run \"./x.py};\n;}\n"));
    }

    @Test
    void everyErrorIsReportedInFileOrder() {
        assertEquals(List.of("1:1: unexpected '}' with no '{' open",
                        "2:33: expected ';' after '65000' before '}'",
                        "3:18: expected ';' after 'debug' at end of file"),
                errors("}\nneighbor 1.1.1.1 { peer-as 65000 }\nlog-level   debug"));
    }

    @Test
    void columnsCountCharactersAndTabsAsOne() {
        assertEquals(List.of("1:8: expected ';' after 'é' before '}'"), errors("a {\tb é}"));
    }

    @Test
    void windowsLineEndsAreAccepted() {
        assertEquals(List.of(), errors("neighbor 127.0.0.1 {\r\n  peer-as 65000;\r\n}\r\n"));
        assertEquals(List.of("2:16: expected ';' after '65000' before '}'"),
                errors("neighbor 127.0.0.1 {\r\n  peer-as 65000\r\n}\r\n"));
    }

    @Test
    void aFileIsReadAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("good.conf");
        Files.writeString(file, VALID);
        assertEquals(List.of(), StructureCheck.checkFile(file));
        Files.writeString(file, "neighbor 127.0.0.1 {\n");
        assertEquals(List.of(new ConfigError(file.toString(), 1, 20,
                "'{' is never closed: expected '}' before end of file")), StructureCheck.checkFile(file));
    }

    @Test
    void aMissingFileIsOneErrorAboutTheFile(@TempDir Path dir) {
        Path file = dir.resolve("missing.conf");
        List<ConfigError> errors = StructureCheck.checkFile(file);
        assertEquals(List.of(new ConfigError(file.toString(), 0, 0, "cannot read: no such file")), errors);
        assertEquals(file + ": cannot read: no such file", errors.get(0).toString());
    }

    @Test
    void aFileThatIsNotUtf8IsOneErrorAboutTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.conf");
        Files.write(file, "description caf\u00e9;".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(new ConfigError(file.toString(), 0, 0, "cannot read: not UTF-8 text")),
                StructureCheck.checkFile(file));
    }

    @Test
    void anErrorPrintsAsFileLineColumnMessage() {
        assertEquals("bgp.conf:2:22: expected ';'", new ConfigError("bgp.conf", 2, 22, "expected ';'").toString());
    }
}
