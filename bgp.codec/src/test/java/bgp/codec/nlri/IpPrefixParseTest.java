package bgp.codec.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bgp.codec.Family;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IpPrefix#parse}'s IPv4 shortcut reads exactly what the general reading reads, and leaves it the rest. */
class IpPrefixParseTest {
    private static Object either(String text, boolean shortcut) {
        try {
            IpPrefix p = shortcut ? IpPrefix.parse(text, 7) : IpPrefix.parseAnyway(text, 7);
            return p + " " + p.family() + " " + p.pathId() + " " + java.util.Arrays.toString(p.address());
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void prefixesAndHostsAreRead() {
        IpPrefix p = IpPrefix.parse("10.1.2.0/24", 3);
        assertEquals(new IpPrefix(Family.IPV4_UNICAST, new byte[] {10, 1, 2, 0}, 24, 3), p);
        assertEquals(new IpPrefix(Family.IPV4_UNICAST, new byte[] {(byte) 192, 0, 2, 1}, 32, 0),
                IpPrefix.parse("192.0.2.1", 0));
        assertEquals(new IpPrefix(Family.IPV4_UNICAST, new byte[] {0, 0, 0, 0}, 0, 0), IpPrefix.parse("0.0.0.0/0", 0));
        assertEquals(new IpPrefix(Family.IPV4_UNICAST, new byte[] {10, 0, 0, 1}, 8, 0), IpPrefix.parse("010.0.0.1/08", 0));
        assertEquals(0xC0000201, IpPrefix.parse("192.0.2.1/24", 0).ipv4Address());
        assertEquals("not an IPv4 prefix: 2001:db8::/32", assertThrows(IllegalStateException.class,
                () -> IpPrefix.parse("2001:db8::/32", 0).ipv4Address()).getMessage());
    }

    @Test
    void wrongTextIsNamed() {
        for (String text : List.of("10.0.0.0/33", "10.0.0/24", "10.0.0.256/24", "10.0.0.0/", "10.0.0.0/0024",
                "1.2.3.4.5/8", "1.2.3.0001/24", "a.b.c.d/8", "10.0.0.0/2x", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text, 0),
                    text);
            assertEquals(either(text, false), "error: " + e.getMessage(), text);
        }
    }

    @Test
    void theShortcutAgreesWithTheGeneralReadingOnManyTexts() {
        Random random = new Random(42);
        String alphabet = "0123456789./:a ٣";
        int taken = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                // near the form: four octets and a length, now and then off
                for (int o = 0; o < 4; o++) {
                    sb.append(o > 0 ? "." : "").append(random.nextInt(random.nextInt(10) == 0 ? 1000 : 256));
                }
                if (random.nextInt(4) > 0) {
                    sb.append('/').append(random.nextInt(random.nextInt(10) == 0 ? 200 : 33));
                }
                if (random.nextInt(8) == 0) {
                    sb.insert(random.nextInt(sb.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                int n = random.nextInt(20);
                for (int k = 0; k < n; k++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = sb.toString();
            Object general = either(text, false);
            assertEquals(general, either(text, true), text);
            if (!general.toString().startsWith("error")) {
                taken++;
            }
        }
        assertEquals(true, taken > 30_000, "prefixes read: " + taken); // 40,842 with this seed
    }
}
