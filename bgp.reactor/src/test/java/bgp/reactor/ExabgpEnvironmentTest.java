package bgp.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ExaBGP's environment settings under both spellings, as properties or environment variables. */
class ExabgpEnvironmentTest {
    static ExabgpEnvironment env(Map<String, String> properties, Map<String, String> variables) {
        return ExabgpEnvironment.of(properties::get, variables);
    }

    @Test
    void bothSpellingsAreReadFromPropertiesAndFromTheEnvironment() {
        assertEquals(Optional.of("1790"), env(Map.of(), Map.of("exabgp.tcp.port", "1790")).get("tcp", "port"));
        assertEquals(Optional.of("1791"), env(Map.of(), Map.of("exabgp_tcp_port", "1791")).get("tcp", "port"));
        assertEquals(Optional.of("1792"), env(Map.of("exabgp.tcp.port", "1792"), Map.of()).get("tcp", "port"));
        assertEquals(Optional.of("1793"), env(Map.of("exabgp_tcp_port", " 1793 "), Map.of()).get("tcp", "port"));
        assertEquals(Optional.empty(), env(Map.of(), Map.of("exabgp_tcp_bind", "x")).get("tcp", "port"));
    }

    @Test
    void aPropertyWinsOverTheEnvironmentTheDottedSpellingOverTheUnderscoredAndBlankIsUnset() {
        assertEquals(Optional.of("127.0.0.5"), env(Map.of("exabgp_tcp_bind", "127.0.0.5"),
                Map.of("exabgp.tcp.bind", "127.0.0.6")).get("tcp", "bind"));
        assertEquals(Optional.of("a"), env(Map.of("exabgp.tcp.bind", "a", "exabgp_tcp_bind", "b"), Map.of())
                .get("tcp", "bind"));
        assertEquals(Optional.of("c"), env(Map.of(), Map.of("exabgp.tcp.bind", "c", "exabgp_tcp_bind", "d"))
                .get("tcp", "bind"));
        assertEquals(Optional.of("e"), env(Map.of("exabgp.tcp.bind", " "), Map.of("exabgp_tcp_bind", "e"))
                .get("tcp", "bind"));
    }

    @Test
    void booleansTakeExabgpsWordsAndRefuseOthers() {
        for (String t : new String[] {"true", "TRUE", "yes", "on", "enable", "1"}) {
            assertEquals(true, env(Map.of(), Map.of("exabgp_api_ack", t)).bool("api", "ack", false), t);
        }
        for (String f : new String[] {"false", "False", "no", "off", "disable", "0"}) {
            assertEquals(false, env(Map.of(), Map.of("exabgp_api_ack", f)).bool("api", "ack", true), f);
        }
        assertEquals(true, env(Map.of(), Map.of()).bool("api", "ack", true));
        assertEquals("invalid exabgp.api.ack 'maybe', expected true or false", assertThrows(
                IllegalArgumentException.class,
                () -> env(Map.of(), Map.of("exabgp.api.ack", "maybe")).bool("api", "ack", true)).getMessage());
    }

    @Test
    void numbersAndChoicesAreCheckedWithTheSettingNamed() {
        assertEquals(5, env(Map.of(), Map.of("exabgp_bgp_openwait", "5")).integer("bgp", "openwait", 60, 1, 3600));
        assertEquals(60, env(Map.of(), Map.of()).integer("bgp", "openwait", 60, 1, 3600));
        assertEquals("invalid exabgp.bgp.openwait 'x', expected a number from 1 to 3600", assertThrows(
                IllegalArgumentException.class, () -> env(Map.of(), Map.of("exabgp_bgp_openwait", "x"))
                        .integer("bgp", "openwait", 60, 1, 3600)).getMessage());
        assertEquals("invalid exabgp.bgp.openwait '0', expected a number from 1 to 3600", assertThrows(
                IllegalArgumentException.class, () -> env(Map.of(), Map.of("exabgp_bgp_openwait", "0"))
                        .integer("bgp", "openwait", 60, 1, 3600)).getMessage());
        assertEquals("json", env(Map.of(), Map.of("exabgp.api.encoder", "JSON"))
                .choice("api", "encoder", "text", "text", "json"));
        assertEquals("text", env(Map.of(), Map.of()).choice("api", "encoder", "text", "text", "json"));
        assertEquals("invalid exabgp.api.encoder 'xml', expected text or json", assertThrows(
                IllegalArgumentException.class, () -> env(Map.of(), Map.of("exabgp.api.encoder", "xml"))
                        .choice("api", "encoder", "text", "text", "json")).getMessage());
    }
}
