package bgp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address text forms: dotted quad, RFC 5952, and strict literal parsing. */
class IpAddressesTest {
    @Test
    void ipv6IsPrintedPerRfc5952() {
        assertEquals("2001:db8::1", IpAddresses.format(IpAddresses.parseIpv6("2001:0DB8:0:0:0:0:0:1")));
        assertEquals("::", IpAddresses.format(new byte[16]));
        assertEquals("cafe::1", IpAddresses.format(IpAddresses.parseIpv6("cafe:0:0:0:0:0:0:1")));
        assertEquals("2001:1::", IpAddresses.format(IpAddresses.parseIpv6("2001:1::")));
        // the longest run is compressed; the first of equal runs; a single zero group is not
        assertEquals("2001:0:0:1::1", IpAddresses.format(IpAddresses.parseIpv6("2001:0:0:1:0:0:0:1")));
        assertEquals("2001:db8::1:0:0:1", IpAddresses.format(IpAddresses.parseIpv6("2001:db8:0:0:1:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddresses.format(IpAddresses.parseIpv6("2001:db8:0:1:1:1:1:1")));
        assertArrayEquals(IpAddresses.parseIpv6("::ffff:102:304"), IpAddresses.parseIpv6("::ffff:1.2.3.4"));
        assertEquals("::ffff:10.0.0.2", IpAddresses.format(IpAddresses.parseIpv6("::ffff:a00:2")));
    }

    @Test
    void ipv4BothWays() {
        assertEquals(0x0A000001, IpAddresses.parseIpv4("10.0.0.1"));
        assertEquals("255.255.255.255", IpAddresses.ipv4(-1));
        assertEquals("10.0.0.1", IpAddresses.format(IpAddresses.parse("10.0.0.1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.04a", "a.b.c.d", "1..2.3", "1.2.3.4 ",
        "1.2.3.1234", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", "1:2:3:4:5:6:7", "fe80::1%eth0",
        "::1.2.3", "1.2.3.4::"})
    void invalidLiteralsAreRejectedWithTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse(text));
        assertEquals("invalid IP address " + text, e.getMessage());
    }
}
