package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.internal.BuiltinCodecs;
import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.ProcessConfig;
import bgp.reactor.ExabgpEnvironment;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ConfigurationService.validate}: every error with file, line, column, token and what was expected, in file
 * order; nothing applied; and the ExaBGP environment setting {@code exabgp.api.encoder} the parse depends on.
 */
class ValidateTest {
    @TempDir
    Path dir;
    final BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
            new BgpReactor.Options(List.of(), 0, 1));

    @AfterEach
    void stop() {
        reactor.close();
    }

    static ExabgpEnvironment env(Map<String, String> variables) {
        return ExabgpEnvironment.of(k -> null, variables);
    }

    @Test
    void everyErrorOfTheFileInFileOrderAndNothingApplied() throws Exception {
        ConfigurationComponent config = new ConfigurationComponent(reactor, "");
        Path f = Files.writeString(dir.resolve("three.conf"), ""
                + "neighbor 127.0.0.2 {\n"
                + "  local-address 127.0.0.1; local-as 65001; peer-as 65001;\n"
                + "  static { route 10.0.0.0/24 next-hop 192.0.2.1 med abc; }\n"
                + "}\n"
                + "neighbor 127.0.0.3 {\n"
                + "  hold-tme 30;\n"
                + "  local-address 127.0.0.1; local-as 65001; peer-as 65001; hold-time 2;\n"
                + "}\n");
        String name = f.toString();
        List<ConfigError> errors = config.validate(f);
        assertEquals(List.of(
                new ConfigError(name, 3, 53, "abc", "invalid med 'abc', expected a number from 0 to 4294967295"),
                errors.get(1),
                new ConfigError(name, 7, 69, "2", "invalid hold-time '2', expected 0 or 3..65535")), errors);
        assertEquals(List.of(6, 3, "hold-tme"), List.of(errors.get(1).line(), errors.get(1).column(),
                errors.get(1).token()));
        assertEquals(Optional.of("a number from 0 to 4294967295"), errors.get(0).expected());
        assertEquals(Optional.of("0 or 3..65535"), errors.get(2).expected());
        assertEquals(true, errors.get(1).expected().orElseThrow().startsWith("one of inherit, "),
                errors.get(1).message());
        assertEquals(List.of(), reactor.peers());
        assertEquals(Optional.empty(), config.current());
        // the same errors as parse and load give
        assertEquals(errors, assertThrows(ConfigException.class, () -> config.parse(f)).errors());
    }

    @Test
    void aValidFileHasNoErrorAndAMissingOneIsOneErrorAboutTheFile() throws Exception {
        ConfigurationComponent config = new ConfigurationComponent(reactor, "");
        Path good = Files.writeString(dir.resolve("good.conf"),
                "neighbor 127.0.0.2 { local-address 127.0.0.1; local-as 1; peer-as 1; }\n");
        assertEquals(List.of(), config.validate(good));
        Path missing = dir.resolve("missing.conf");
        assertEquals(List.of(new ConfigError(missing.toString(), 0, 0, "cannot read: no such file")),
                config.validate(missing));
        assertEquals(Optional.empty(), new ConfigError("f", 1, 1, "duplicate process 'a'").expected());
        assertEquals(Optional.of("';' after '65001' at end of file"),
                new ConfigError("f", 2, 16, "expected ';' after '65001' at end of file").expected());
    }

    @Test
    void theDefaultProcessEncoderIsExabgpApiEncoderAndABadValueIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("p.conf"), "process a { run /bin/true; }\n"
                + "process b { run /bin/true; encoder text; }\n");
        assertEquals(ProcessConfig.TEXT, ConfigReader.read(f, env(Map.of())).processes().get("a").encoder());
        assertEquals(ProcessConfig.JSON, ConfigReader.read(f, env(Map.of("exabgp_api_encoder", "json")))
                .processes().get("a").encoder());
        assertEquals(ProcessConfig.TEXT, ConfigReader.read(f, env(Map.of("exabgp.api.encoder", "json")))
                .processes().get("b").encoder());
        ConfigurationComponent config = new ConfigurationComponent(reactor, "", env(Map.of("exabgp.api.encoder",
                "xml")));
        assertEquals(List.of(new ConfigError(f.toString(), 0, 0, "invalid exabgp.api.encoder 'xml', expected text or"
                + " json")), config.validate(f));
    }

    @Test
    void softwareVersionSendsOurOwnName() throws Exception {
        Path f = Files.writeString(dir.resolve("sv.conf"), "neighbor 127.0.0.2 { local-address 127.0.0.1; "
                + "local-as 1; peer-as 1; capability { software-version enable; } }\n"
                + "neighbor 127.0.0.3 { local-address 127.0.0.1; local-as 1; peer-as 1; }\n");
        var c = ConfigReader.read(f);
        assertEquals(Optional.of(bgp.reactor.Neighbor.SOFTWARE_VERSION),
                c.neighbors().get(0).neighbor().softwareVersion());
        assertEquals(Optional.empty(), c.neighbors().get(1).neighbor().softwareVersion());
    }
}
