package bgp.interop.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's own formats, without daemons: address text, the route model, the MRT bytes it writes, and the
 * parsers of what BIRD, GoBGP and ExaBGP print (fixtures copied from their real output).
 */
class HarnessFormatsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ipv6TextIsCanonicalPerRfc5952() {
        assertEquals("2001:db8::1:0:0:1", Addresses.text(Addresses.parse("2001:db8:0:0:1:0:0:1")));
        assertEquals("2001:0:0:1::1", Addresses.text(Addresses.parse("2001:0:0:1:0:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.text(Addresses.parse("2001:DB8:0:1:1:1:1:1")));
        assertEquals("::1", Addresses.text(Addresses.parse("0:0:0:0:0:0:0:1")));
        assertEquals("::", Addresses.text(Addresses.parse("::")));
        assertEquals("2001:db8::", Addresses.text(Addresses.parse("2001:db8:0:0:0:0:0:0")));
        assertThrows(IllegalArgumentException.class, () -> Addresses.parse("localhost"));
    }

    @Test
    void prefixesRejectHostBitsAndSortByFamilyThenAddress() {
        assertThrows(IllegalArgumentException.class, () -> Prefix.parse("10.0.0.1/24"));
        assertThrows(IllegalArgumentException.class, () -> Prefix.parse("10.0.0.0/33"));
        assertEquals("2001:db8:1::/48", Prefix.parse("2001:0db8:0001:0000::/48").toString());
        List<Prefix> sorted = new ArrayList<>(List.of(Prefix.parse("2001:db8::/32"), Prefix.parse("10.0.1.0/24"),
                Prefix.parse("10.0.0.0/24"), Prefix.parse("10.0.0.0/16")));
        sorted.sort(null);
        assertEquals("[10.0.0.0/16, 10.0.0.0/24, 10.0.1.0/24, 2001:db8::/32]", sorted.toString());
        assertArrayEquals(new byte[] {10, 0, 1}, Prefix.parse("10.0.1.0/24").wireBytes());
    }

    @Test
    void routesCompareWithSortedCommunitiesAndRejectAForeignNextHop() {
        Route a = Route.of("10.0.0.0/24", "192.0.2.1").withCommunities("65001:2", "65000:10", "65000:9");
        assertEquals(List.of("65000:9", "65000:10", "65001:2"), a.communities());
        assertEquals(a, Route.of("10.0.0.0/24", "192.0.2.1").withCommunities("65000:9", "65001:2", "65000:10"));
        assertEquals(List.of(65000L, 1L), a.withAsPath(1).prepend(65000).asPath());
        assertNotEquals(a, a.withMed(0L));
        assertThrows(IllegalArgumentException.class, () -> Route.of("10.0.0.0/24", "2001:db8::1"));
        assertThrows(IllegalArgumentException.class, () -> a.withCommunities("65536:1"));
    }

    @Test
    void mrtAttributesOfAnIpv4Route() throws IOException {
        Route r = Route.of("10.1.0.0/24", "192.0.2.1").withAsPath(65001).withMed(5L).withLocalPref(200L)
                .withCommunities("65000:1");
        assertEquals("40010100" // ORIGIN IGP
                + "400206" + "0201" + "0000fde9" // AS_PATH: one AS_SEQUENCE of one 4-octet AS
                + "400304" + "c0000201" // NEXT_HOP
                + "800404" + "00000005" // MED
                + "400504" + "000000c8" // LOCAL_PREF
                + "c00804" + "fde80001", // COMMUNITIES
                HEX.formatHex(Mrt.attributes(r, Mrt.MpReach.ABBREVIATED)));
    }

    @Test
    void mrtNextHopOfAnIpv6RouteInBothForms() throws IOException {
        Route r = Route.of("2001:db8:1::/48", "2001:db8::1");
        String hop = "20010db8000000000000000000000001";
        String common = "40010100" + "400200";
        assertEquals(common + "800e11" + "10" + hop, HEX.formatHex(Mrt.attributes(r, Mrt.MpReach.ABBREVIATED)));
        assertEquals(common + "800e15" + "000201" + "10" + hop + "00",
                HEX.formatHex(Mrt.attributes(r, Mrt.MpReach.FULL)));
    }

    @Test
    void mrtFileHasAPeerIndexThenOneRibRecordPerPrefix(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.mrt");
        Route a = Route.of("10.0.0.0/24", "192.0.2.1");
        List<Route> routes = List.of(Route.of("2001:db8::/32", "2001:db8::1"), a, a.withPathId(2)
                .withNextHop("192.0.2.2"), Route.of("10.0.0.0/16", "192.0.2.1"));
        assertEquals(3, Mrt.write(file, routes, Addresses.parse("127.0.0.2"), 65099, Addresses.parse4("10.9.9.9"),
                Mrt.MpReach.FULL));
        List<String> records = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            while (in.available() > 0) {
                in.readInt(); // time
                int type = in.readUnsignedShort();
                int subtype = in.readUnsignedShort();
                byte[] body = new byte[in.readInt()];
                in.readFully(body);
                String text = type + "/" + subtype;
                if (subtype == 2 || subtype == 4) {
                    // sequence, prefix length, prefix bytes, entry count
                    int length = body[4] & 0xff;
                    int at = 5 + (length + 7) / 8;
                    text += " len " + length + " entries " + ((body[at] & 0xff) << 8 | body[at + 1] & 0xff);
                } else {
                    assertEquals("0a090909" + "0000" + "0001" + "02" + "0a090909" + "7f000002" + "0000fe4b",
                            HEX.formatHex(body));
                }
                records.add(text);
            }
        }
        assertEquals(List.of("13/1", "13/2 len 16 entries 1", "13/2 len 24 entries 2", "13/4 len 32 entries 1"),
                records);
    }

    @Test
    void birdShowRouteAllIsParsedPathByPath() {
        String out = """
                BIRD 2.0.12 ready.
                Table master4:
                10.4.0.0/24          unreachable [n1 10:59:10.252 from 127.33.1.4] * (100) [AS65010i]
                \tType: BGP univ
                \tBGP.origin: IGP
                \tBGP.as_path: 65004 65010
                \tBGP.next_hop: 192.0.2.4
                \tBGP.med: 5
                \tBGP.local_pref: 100
                \tBGP.community: (65000,4) (65000,10)
                                     unreachable [n1 10:59:10.252 from 127.33.1.4] (100) [AS65004i]
                \tType: BGP univ
                \tBGP.origin: IGP
                \tBGP.as_path: 65004
                \tBGP.next_hop: 192.0.2.5
                \tBGP.local_pref: 100

                Table master6:
                2001:db8:4::/48      unreachable [n1 10:59:10.252 from 127.33.1.4] * (100) [AS65004i]
                \tType: BGP univ
                \tBGP.origin: IGP
                \tBGP.as_path: 65004
                \tBGP.next_hop: 2001:db8::4 fe80::1
                \tBGP.local_pref: 100
                """;
        List<Route> routes = Bird.parseShowRouteAll(out);
        assertEquals(List.of(
                Route.of("10.4.0.0/24", "192.0.2.4").withAsPath(65004, 65010).withMed(5L).withLocalPref(100L)
                        .withCommunities("65000:4", "65000:10"),
                Route.of("10.4.0.0/24", "192.0.2.5").withAsPath(65004).withLocalPref(100L),
                Route.of("2001:db8:4::/48", "2001:db8::4").withAsPath(65004).withLocalPref(100L)), routes);
    }

    @Test
    void goBgpJsonRibIsParsed() throws IOException {
        String out = """
                {"10.1.0.0/24":[{"nlri":{"prefix":"10.1.0.0/24"},"age":1795258845,"best":false,"attrs":[\
                {"type":1,"value":0},{"type":2,"as_paths":[{"segment_type":2,"num":2,"asns":[65001,65010]}]},\
                {"type":3,"nexthop":"192.0.2.1"},{"type":4,"metric":5},{"type":5,"value":20},\
                {"type":8,"communities":[4259840001]}],"stale":false,"source-id":"10.0.0.1","neighbor-ip":"127.33.1.1"}],\
                "2001:db8:1::/48":[{"nlri":{"prefix":"2001:db8:1::/48"},"attrs":[{"type":1,"value":0},\
                {"type":2,"as_paths":[{"segment_type":2,"num":1,"asns":[65001]}]},\
                {"type":14,"nexthop":"2001:db8::1","afi":2,"safi":1,"value":[{"prefix":"2001:db8:1::/48"}]}]}]}
                """;
        assertEquals(List.of(
                Route.of("10.1.0.0/24", "192.0.2.1").withAsPath(65001, 65010).withMed(5L).withLocalPref(20L)
                        .withCommunities("65000:1"),
                Route.of("2001:db8:1::/48", "2001:db8::1").withAsPath(65001)), GoBgp.parseRib(out));
        assertEquals(List.of(), GoBgp.parseRib("{}"));
    }

    @Test
    void exaBgpJsonIsReplayedIntoStateAndAdjRibIn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("received.jsonl");
        String head = "{ \"exabgp\": \"4.0.1\", \"time\": 1.0, \"host\" : \"vm\", \"pid\" : 1, \"ppid\" : 1, "
                + "\"counter\": 1, ";
        String neighbor = "\"neighbor\": { \"address\": { \"local\": \"127.33.1.4\", \"peer\": \"127.33.1.1\" }, "
                + "\"asn\": { \"local\": 65004, \"peer\": 65001 } , ";
        Files.writeString(file, head + "\"type\": \"state\", " + neighbor + "\"state\": \"up\" } }\n"
                + head + "\"type\": \"update\", " + neighbor + "\"direction\": \"receive\", \"message\": { \"update\": "
                + "{ \"attribute\": { \"origin\": \"igp\", \"as-path\": [ 65001, 65010 ], \"confederation-path\": [], "
                + "\"med\": 5, \"local-preference\": 200, \"community\": [ [ 65000, 1 ] ] }, \"announce\": { "
                + "\"ipv4 unicast\": { \"192.0.2.1\": [ { \"nlri\": \"10.1.0.0/24\", \"path-information\": "
                + "\"0.0.0.1\" }, { \"nlri\": \"10.1.1.0/24\", \"path-information\": \"0.0.0.1\" } ] } } } } } }\n"
                + head + "\"type\": \"update\", " + neighbor + "\"direction\": \"receive\", \"message\": { \"update\": "
                + "{ \"attribute\": { \"origin\": \"igp\", \"as-path\": [ 65001 ] }, \"announce\": { "
                + "\"ipv6 unicast\": { \"2001:db8::1\": [ { \"nlri\": \"2001:db8:1::/48\" } ] } } } } } }\n"
                + head + "\"type\": \"update\", " + neighbor + "\"direction\": \"receive\", \"message\": { \"eor\": "
                + "{ \"afi\" : \"ipv4\", \"safi\" : \"unicast\" } } } }\n"
                + head + "\"type\": \"update\", " + neighbor + "\"direction\": \"receive\", \"message\": { \"update\": "
                + "{ \"withdraw\": { \"ipv4 unicast\": [ { \"nlri\": \"10.1.1.0/24\", \"path-information\": "
                + "\"0.0.0.1\" } ] } } } } }\n"
                + head + "\"type\": \"update\", " + neighbor); // a line being written
        ExaBgp.Feed feed = new ExaBgp.Feed(file);
        InetAddress peer = Addresses.parse("127.33.1.1");
        feed.update();
        assertTrue(feed.up(peer));
        assertEquals(List.of(Route.of("10.1.0.0/24", "192.0.2.1").withPathId(1).withAsPath(65001, 65010).withMed(5L)
                .withLocalPref(200L).withCommunities("65000:1")), List.copyOf(feed.rib(peer, Family.IPV4_UNICAST).values()));
        assertEquals(List.of(Route.of("2001:db8:1::/48", "2001:db8::1").withAsPath(65001)),
                List.copyOf(feed.rib(peer, Family.IPV6_UNICAST).values()));

        Files.writeString(file, "\"state\": \"down\", \"reason\": \"test\" } }\n", java.nio.file.StandardOpenOption.APPEND);
        // the partial line above is completed: it is a state message without "type": ignored; then a real down
        Files.writeString(file, head + "\"type\": \"state\", " + neighbor + "\"state\": \"down\" } }\n",
                java.nio.file.StandardOpenOption.APPEND);
        feed.update();
        assertFalse(feed.up(peer));
        assertTrue(feed.rib(peer, Family.IPV4_UNICAST).isEmpty(), "a session that goes down loses its routes");
    }

    @Test
    void loopbackAddressesAreDistinctAndOutside127dot0() {
        Set<InetAddress> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Inet4Address a = Loopback.allocate();
            byte[] b = a.getAddress();
            assertEquals(127, b[0]);
            assertNotEquals(0, b[1]);
            assertTrue(seen.add(a), "handed out twice: " + a);
        }
        int port = Loopback.freePort(seen.iterator().next());
        assertTrue(port > 0 && port < 65536);
    }
}
