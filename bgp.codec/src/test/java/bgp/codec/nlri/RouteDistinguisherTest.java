package bgp.codec.nlri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Hex;
import bgp.codec.WireWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RouteDistinguisherTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
        "100:100, 0000006400000064, 0",
        "65000:99999, 0000FDE80001869F, 0",
        "65535:65536, 0000FFFF00010000, 0",
        "0:0, 0000000000000000, 0",
        "65535:4294967295, 0000FFFFFFFFFFFF, 0",
        "192.168.201.1:123, 0001C0A8C901007B, 1",
        "255.255.255.255:65535, 0001FFFFFFFFFFFF, 1",
        "4200000000:1, 0002FA56EA000001, 2",
        "65536:65535, 000200010000FFFF, 2",
        "4294967295:0, 0002FFFFFFFF0000, 2",
    })
    void textAndWireBothWays(String text, String hex, int type) {
        RouteDistinguisher rd = RouteDistinguisher.parse(text);
        assertEquals(hex, Hex.encode(rd.toBytes()));
        assertEquals(type, rd.type());
        assertEquals(text, rd.toString());
        assertEquals(rd, new RouteDistinguisher(RouteDistinguisher.read(Hex.decode("FF" + hex), 1)));
        WireWriter w = new WireWriter();
        rd.encode(w);
        assertArrayEquals(Hex.decode(hex), w.toByteArray());
    }

    @Test
    void aType2WithASmallAsnPrintsLikeType0() {
        // ExaBGP prints both as <asn>:<number>; its parser (and ours) reads such text back as type 0
        RouteDistinguisher rd = RouteDistinguisher.as4(100, 100);
        assertEquals("100:100", rd.toString());
        assertEquals(0, RouteDistinguisher.parse(rd.toString()).type());
    }

    @Test
    void unknownTypesPrintAsHex() {
        assertEquals("0x00FF000000000001", new RouteDistinguisher(0x00FF000000000001L).toString());
        assertEquals("0xFFFFFFFFFFFFFFFF", new RouteDistinguisher(-1L).toString());
    }

    @Test
    void factoriesCheckTheirRanges() {
        assertEquals(RouteDistinguisher.parse("1.2.3.4:5"), RouteDistinguisher.ipv4(0x01020304, 5));
        assertEquals(RouteDistinguisher.parse("1:2"), RouteDistinguisher.as2(1, 2));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.as2(65536, 1));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.as2(1, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.ipv4(1, 65536));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.as4(1L << 32, 1));
        assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.as4(1, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "100", "100:", ":100", "a:1", "1:b", "1.2.3:4", "1.2.3.4:65536", "1.2.3.256:1",
        "65536:65536", "4294967296:1", "1:-1", "+1:1", "1:1:1", "99999999999:1", "1 :1", "oh", "my-secret-key"})
    void rejectsBadText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RouteDistinguisher.parse(text));
        assertEquals("invalid route-distinguisher " + text, e.getMessage());
    }
}
