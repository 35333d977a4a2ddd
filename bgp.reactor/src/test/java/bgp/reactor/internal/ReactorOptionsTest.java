package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.reactor.ExabgpEnvironment;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reactor component's options: its configuration, else ExaBGP's environment settings, else the defaults. */
class ReactorOptionsTest {
    static ReactorConfig config(String[] listen, int port, int openwait) {
        return new ReactorConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReactorConfig.class;
            }

            @Override
            public String[] listen() {
                return listen;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public int openwait() {
                return openwait;
            }

            @Override
            public int threads() {
                return 2;
            }
        };
    }

    static BgpReactor.Options options(ReactorConfig c, Map<String, String> variables) {
        return ReactorComponent.options(c, ExabgpEnvironment.of(k -> null, variables));
    }

    @Test
    void defaultsAreExabgps() {
        assertEquals(new BgpReactor.Options(List.of(), 179, 2, 60, false, 0),
                options(config(new String[0], 0, 0), Map.of()));
    }

    @Test
    void theEnvironmentFillsWhatTheConfigurationLeavesUnset() {
        assertEquals(new BgpReactor.Options(List.of("127.0.0.7", "127.0.0.8"), 1790, 2, 5, true, 3),
                options(config(new String[0], 0, 0), Map.of("exabgp_tcp_bind", "127.0.0.7 127.0.0.8",
                        "exabgp.tcp.port", "1790", "exabgp_bgp_openwait", "5", "exabgp.bgp.passive", "true",
                        "exabgp_tcp_attempts", "3")));
        assertEquals(new BgpReactor.Options(List.of("127.0.0.9"), 1791, 2, 7, false, 1),
                options(config(new String[] {"127.0.0.9"}, 1791, 7), Map.of("exabgp_tcp_bind", "127.0.0.7",
                        "exabgp.tcp.port", "1790", "exabgp_bgp_openwait", "5", "exabgp_tcp_once", "true",
                        "exabgp_tcp_attempts", "3")));
    }

    @Test
    void aBadSettingIsNamed() {
        assertEquals("invalid exabgp.tcp.port '70000', expected a number from 1 to 65535",
                assertThrows(IllegalArgumentException.class, () -> options(config(new String[0], 0, 0),
                        Map.of("exabgp_tcp_port", "70000"))).getMessage());
        assertEquals("invalid exabgp.bgp.passive 'sometimes', expected true or false",
                assertThrows(IllegalArgumentException.class, () -> options(config(new String[0], 0, 0),
                        Map.of("exabgp_bgp_passive", "sometimes"))).getMessage());
    }
}
