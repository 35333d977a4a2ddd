package bgp.codec.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "65000:1, FDE80001", "0:0, 00000000", "65535:65535, FFFFFFFF", "30740:30740, 78147814",
        "no-export, FFFFFF01", "NO-EXPORT, FFFFFF01", "no-advertise, FFFFFF02", "no-export-subconfed, FFFFFF03",
        "nopeer, FFFFFF04", "no-peer, FFFFFF04", "blackhole, FFFF029A", "graceful-shutdown, FFFF0000",
        "accept-own, FFFF0001", "llgr-stale, FFFF0006", "no-llgr, FFFF0007",
        "4259840001, FDE80001", "0xFDE80001, FDE80001",
    })
    void parsesExaBgpsForms(String text, String hex) {
        assertEquals(Integer.parseUnsignedInt(hex, 16), Community.parse(text));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "FDE80001, 65000:1", "FFFFFF01, no-export", "FFFFFF02, no-advertise", "FFFFFF03, no-export-subconfed",
        "FFFFFF04, no-peer", "FFFF029A, blackhole", "FFFF0000, 65535:0", "FFFF0006, 65535:6",
    })
    void formatsAsExaBgpPrints(String hex, String text) {
        assertEquals(text, Community.format(Integer.parseUnsignedInt(hex, 16)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"65536:1", "1:65536", ":1", "1:", "a:b", "no-such", "4294967296", "0x1FFFFFFFF", "1:2:3"})
    void rejectsOthers(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Community.parse(text));
        assertEquals("invalid community " + text, e.getMessage());
    }
}
