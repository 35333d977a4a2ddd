package bgp.config.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.config.ConfigError;
import bgp.config.ConfigException;
import bgp.config.Configuration;
import bgp.config.NeighborConfig;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/** In a real Felix with SCR: bgp.config registers ConfigurationService, wired to bgp.reactor's Reactor. */
@ExtendWith(ServiceExtension.class)
class ConfigurationServiceIT {

    @InjectService(timeout = 5000)
    ConfigurationService config;

    @InjectService(timeout = 5000)
    ServiceAware<Reactor> reactor;

    @InjectService(timeout = 5000)
    ServiceComponentRuntime scr;

    @Test
    void theServiceIsActiveAndBoundToTheReactor() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("bgp.config.internal.ConfigurationComponent")).findFirst().orElseThrow();
        assertEquals("bgp.config", description.bundle.symbolicName);
        ComponentConfigurationDTO dto = scr.getComponentConfigurationDTOs(description).iterator().next();
        assertEquals(ComponentConfigurationDTO.ACTIVE, dto.state);
        Map<String, String> interfaces = Arrays.stream(description.references)
                .collect(Collectors.toMap(r -> r.name, r -> r.interfaceName));
        Map<String, Object> bound = Arrays.stream(dto.satisfiedReferences)
                .collect(Collectors.toMap(r -> interfaces.get(r.name), r -> r.boundServices[0].id));
        assertEquals(reactor.getServiceReference().getProperty("service.id"), bound.get(Reactor.class.getName()));
        assertEquals("bgp.reactor", reactor.getServiceReference().getBundle().getSymbolicName());
    }

    @Test
    void parsesAFileIntoTheModel(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bgp.conf"), """
                process announce { run ./announce.py; encoder json; }
                neighbor 127.0.0.2 {
                    local-address 127.0.0.1;
                    local-as 65001;
                    peer-as 65002;
                    family { ipv4 unicast; }
                    api { processes [ announce ]; }
                    static { route 10.0.0.0/24 next-hop self med 10; }
                }
                """);
        Configuration c = config.parse(file);
        assertEquals(List.of(dir.resolve("announce.py").toString()), c.processes().get("announce").argv());
        NeighborConfig n = c.neighbors().get(0);
        assertEquals("127.0.0.1", n.neighbor().routerId().orElseThrow());
        assertEquals(1, n.routes().size());
        assertEquals(List.of("announce"), n.apis().get(0).processes());
        ConfigException e = assertThrows(ConfigException.class,
                () -> config.parse(Files.writeString(dir.resolve("bad.conf"), "neighbour 1.2.3.4 { }\n")));
        assertEquals(dir.resolve("bad.conf") + ":1:1: unknown keyword 'neighbour' at top level, expected one of"
                + " process, template, neighbor", e.getMessage());
    }

    @Test
    void validatesAFile(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.conf"),
                "neighbor 127.0.0.2 {\n  local-address 127.0.0.1;\n  local-as 65001;\n  peer-as 65001;\n}\n");
        assertEquals(List.of(), config.validate(good));

        Path wrong = Files.writeString(dir.resolve("wrong.conf"),
                "neighbor 127.0.0.2 {\n  local-address 127.0.0.1;\n  hold-time 2;\n  peer-as 65001;\n}\n");
        assertEquals(List.of(new ConfigError(wrong.toString(), 1, 10, "127.0.0.2", "incomplete neighbor 127.0.0.2, missing local-as"),
                new ConfigError(wrong.toString(), 3, 13, "2", "invalid hold-time '2', expected 0 or 3..65535")),
                config.validate(wrong));

        Path bad = Files.writeString(dir.resolve("bad.conf"), "neighbor 127.0.0.2 {\n  peer-as 65001\n");
        assertEquals(List.of(
                new ConfigError(bad.toString(), 1, 20, "'{' is never closed: expected '}' before end of file"),
                new ConfigError(bad.toString(), 2, 16, "expected ';' after '65001' at end of file")),
                config.validate(bad));
    }
}
