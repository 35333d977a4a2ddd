package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** ExaBGP's environment settings under both spellings, system properties before the environment. */
class EnvironmentTest {
    @Test
    void bothSpellingsAreRead() {
        Properties none = new Properties();
        assertEquals(Optional.of("1790"), Environment.get("tcp", "port", Map.of("exabgp.tcp.port", "1790"), none));
        assertEquals(Optional.of("1791"), Environment.get("tcp", "port", Map.of("exabgp_tcp_port", "1791"), none));
        assertEquals(Optional.empty(), Environment.get("tcp", "port", Map.of("exabgp_tcp_bind", "x"), none));
    }

    @Test
    void aSystemPropertyWinsAndBlankMeansUnset() {
        Properties props = new Properties();
        props.setProperty("exabgp_tcp_bind", "127.0.0.5");
        assertEquals(Optional.of("127.0.0.5"),
                Environment.get("tcp", "bind", Map.of("exabgp.tcp.bind", "127.0.0.6"), props));
        props.setProperty("exabgp.tcp.bind", " ");
        props.remove("exabgp_tcp_bind");
        assertEquals(Optional.empty(), Environment.get("tcp", "bind", Map.of(), props));
    }
}
