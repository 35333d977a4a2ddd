package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import bgp.codec.Family;
import bgp.codec.IpAddresses;
import bgp.codec.OpenContext;
import bgp.reactor.Neighbor;
import bgp.reactor.PeerState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code show neighbor} on peers whose state the test sets: the summary row and the extensive block are those
 * ExaBGP 4.2.21's own formatting code prints for the same values (generated with its {@code Neighbor.summary} and
 * {@code Neighbor.extensive}), the configuration block and the JSON are ours; every bad form answers an error.
 */
class ShowCommandTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    FakeReactor reactor;
    FakePeer up;
    FakePeer down;
    CommandTable api;

    @BeforeEach
    void setUp() {
        reactor = new FakeReactor();
        up = new FakePeer(Neighbor.builder("127.0.0.2").localAddress("127.0.0.1").localAs(65001).peerAs(65002)
                .routerId("10.0.0.1").families(Set.of(Family.IPV6_UNICAST, Family.IPV4_UNICAST)).routeRefresh(true)
                .build());
        up.state = PeerState.ESTABLISHED;
        up.since = T0.minusSeconds(3723);
        up.context = OpenContext.builder().localAs(65001).peerAs(65002).localId(IpAddresses.parseIpv4("10.0.0.1"))
                .peerId(IpAddresses.parseIpv4("10.0.0.2")).holdTime(90).asn4(true).routeRefresh(true)
                .families(Set.of(Family.IPV4_UNICAST)).build();
        up.counters.putAll(Map.of("open-sent", 1L, "open-received", 1L, "keepalive-sent", 5L,
                "keepalive-received", 4L, "update-sent", 3L, "update-received", 2L));
        up.received.put(Family.IPV4_UNICAST, 2L);
        down = new FakePeer(Neighbor.builder("2001:DB8::2").localAs(65001).peerAs(65003).routerId("10.0.0.1")
                .families(Set.of(Family.IPV6_UNICAST)).gracefulRestart(120).build());
        down.since = T0.minusSeconds(90061);
        reactor.peers.add(up);
        reactor.peers.add(down);
        api = new CommandTable();
        api.add(Map.of(Command.NAME, "show", Command.NEIGHBOR, true, "service.id", 1L),
                new ShowCommand(reactor, Clock.fixed(T0, ZoneOffset.UTC)));
    }

    static final List<String> EXTENSIVE_UP = List.of(
            "Neighbor 127.0.0.2",
            "",
            "  Session                         Local",
            "   local                      127.0.0.1                                ",
            "   state                    ESTABLISHED                                ",
            "   up for                       1:02:03                                ",
            "",
            "  Setup                           Local          Remote",
            "   AS                             65001           65002                ",
            "   ID                          10.0.0.1        10.0.0.2                ",
            "   hold-time                        180              90                ",
            "",
            "  Capability                      Local          Remote",
            "   asn4:                        enabled         enabled                ",
            "   route-refresh:               enabled         enabled                ",
            "   multi-session:              disabled        disabled                ",
            "   operational:                disabled        disabled                ",
            "   add-path:                   disabled        disabled                ",
            "   extended-message:            enabled        disabled                ",
            "   graceful-restart:           disabled        disabled                ",
            "",
            "  Families                        Local          Remote        Add-Path",
            "   ipv4 unicast:                enabled         enabled        disabled",
            "   ipv6 unicast:                enabled        disabled        disabled",
            "",
            "  Message Statistic                Sent        Received",
            "   open:                              1               1                ",
            "   notification:                      0               0                ",
            "   keepalive:                         5               4                ",
            "   update:                            3               2                ",
            "   refresh:                           0               0                ",
            "   total:                             9               7                ",
            "");

    /** ExaBGP prints "None" for a local address it does not know yet; we print n/a. */
    static final List<String> EXTENSIVE_DOWN = List.of(
            "Neighbor 2001:db8::2",
            "",
            "  Session                         Local",
            "   local                            n/a                                ",
            "   state                           IDLE                                ",
            "   down for              1 day, 1:01:01                                ",
            "",
            "  Setup                           Local          Remote",
            "   AS                             65001           65003                ",
            "   ID                          10.0.0.1             n/a                ",
            "   hold-time                        180             n/a                ",
            "",
            "  Capability                      Local          Remote",
            "   asn4:                        enabled             n/a                ",
            "   route-refresh:              disabled             n/a                ",
            "   multi-session:              disabled             n/a                ",
            "   operational:                disabled             n/a                ",
            "   add-path:                   disabled             n/a                ",
            "   extended-message:            enabled             n/a                ",
            "   graceful-restart:            enabled             n/a                ",
            "",
            "  Families                        Local          Remote        Add-Path",
            "   ipv6 unicast:                enabled             n/a        disabled",
            "",
            "  Message Statistic                Sent        Received",
            "   open:                              0               0                ",
            "   notification:                      0               0                ",
            "   keepalive:                         0               0                ",
            "   update:                            0               0                ",
            "   refresh:                           0               0                ",
            "   total:                             0               0                ",
            "");

    @Test
    void summaryListsEveryPeerInExabgpColumns() {
        assertEquals(List.of(
                "Peer            AS        up/down state       |     #sent     #recvd",
                "127.0.0.2       65002     1:02:03 established           3          2",
                "2001:db8::2     65003        down idle                  0          0",
                "done"), api.dispatch("show neighbor summary"));
    }

    @Test
    void anAddressOrASelectorFilters() {
        assertEquals(List.of(
                "Peer            AS        up/down state       |     #sent     #recvd",
                "2001:db8::2     65003        down idle                  0          0",
                "done"), api.dispatch("show neighbor 2001:db8:0::2 summary"));
        assertEquals(List.of(
                "Peer            AS        up/down state       |     #sent     #recvd",
                "127.0.0.2       65002     1:02:03 established           3          2",
                "done"), api.dispatch("neighbor * peer-as 65002 show neighbor summary"));
    }

    @Test
    void extensiveIsExabgpsBlockPerPeer() {
        List<String> expected = new ArrayList<>(EXTENSIVE_UP);
        expected.addAll(EXTENSIVE_DOWN);
        expected.add("done");
        assertEquals(expected, api.dispatch("show neighbor extensive"));
        List<String> one = new ArrayList<>(EXTENSIVE_UP);
        one.add("done");
        assertEquals(one, api.dispatch("show neighbor extensive 127.0.0.2"));
    }

    @Test
    void configurationIsANeighborBlock() {
        assertEquals(List.of(
                "neighbor 127.0.0.2 {",
                "\trouter-id 10.0.0.1;",
                "\tlocal-address 127.0.0.1;",
                "\tlocal-as 65001;",
                "\tpeer-as 65002;",
                "\thold-time 180;",
                "\tcapability {",
                "\t\tasn4 enable;",
                "\t\troute-refresh enable;",
                "\t\textended-message enable;",
                "\t\tgraceful-restart disable;",
                "\t}",
                "\tfamily {",
                "\t\tipv4 unicast;",
                "\t\tipv6 unicast;",
                "\t}",
                "}",
                "done"), api.dispatch("show neighbor configuration 127.0.0.2"));
    }

    @Test
    void jsonIsOneArrayOfPeerObjects() {
        assertEquals(List.of("[{\"down\":0,\"duration\":3723,\"local-address\":\"127.0.0.1\",\"peer-address\":"
                + "\"127.0.0.2\",\"local-as\":65001,\"peer-as\":65002,\"local-id\":\"10.0.0.1\",\"peer-id\":"
                + "\"10.0.0.2\",\"local-hold\":180,\"peer-hold\":90,\"state\":\"ESTABLISHED\",\"capabilities\":"
                + "{\"asn4\":[true,true],\"route-refresh\":[true,true],\"multi-session\":[false,false],"
                + "\"operational\":[false,false],\"add-path\":[false,false],\"extended-message\":[true,false],"
                + "\"graceful-restart\":[false,false]},\"families\":{\"ipv4 unicast\":[true,true,false],"
                + "\"ipv6 unicast\":[true,false,false]},\"messages\":{\"open\":[1,1],\"notification\":[0,0],"
                + "\"keepalive\":[5,4],\"update\":[3,2],\"refresh\":[0,0],\"total\":[9,7]},"
                + "\"routes-received\":{\"ipv4 unicast\":2,\"ipv6 unicast\":0}}]", "done"),
                api.dispatch("show neighbor 127.0.0.2 json"));
        assertEquals(List.of("[{\"down\":90061,\"duration\":0,\"local-address\":\"n/a\",\"peer-address\":"
                + "\"2001:db8::2\",\"local-as\":65001,\"peer-as\":65003,\"local-id\":\"10.0.0.1\",\"peer-id\":null,"
                + "\"local-hold\":180,\"peer-hold\":null,\"state\":\"IDLE\",\"capabilities\":{\"asn4\":[true,null],"
                + "\"route-refresh\":[false,null],\"multi-session\":[false,null],\"operational\":[false,null],"
                + "\"add-path\":[false,null],\"extended-message\":[true,null],\"graceful-restart\":[true,null]},"
                + "\"families\":{\"ipv6 unicast\":[true,null,false]},\"messages\":{\"open\":[0,0],"
                + "\"notification\":[0,0],\"keepalive\":[0,0],\"update\":[0,0],\"refresh\":[0,0],\"total\":[0,0]},"
                + "\"routes-received\":{\"ipv6 unicast\":0}}]",
                "done"), api.dispatch("show neighbor summary json 2001:db8::2"));
    }

    @Test
    void withoutAnOptionExabgpsHint() {
        assertEquals(List.of("please specify summary, extensive or configuration",
                "you can filter by peer ip address adding it after the word neighbor", "done"),
                api.dispatch("show neighbor"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "show => expected 'show neighbor ...' or 'show adj-rib in|out ...'",
            "show routes => unknown show routes, expected 'show neighbor' or 'show adj-rib'",
            "show neighbor summary extensive => options summary and extensive exclude each other",
            "show neighbor summary summary => duplicate option summary",
            "show neighbor json json => duplicate option json",
            "show neighbor summary 127.0.0.2 127.0.0.3 => one address at most, got 127.0.0.2 and 127.0.0.3",
            "show neighbor 300.1.1.1 summary => invalid IP address 300.1.1.1",
            "show neighbor summary fast => unexpected fast, expected summary, extensive, configuration, <ip> or json",
            "show neighbor 127.0.0.9 summary => no neighbors match the selector",
            "neighbor 127.0.0.9 show neighbor summary => no neighbors match the selector",
            "show adj-rib => expected 'show adj-rib in' or 'show adj-rib out'",
            "show adj-rib sideways => expected 'show adj-rib in' or 'show adj-rib out'",
            "show adj-rib out summary => unexpected summary, expected extensive, <ip> or json",
            "show adj-rib in 127.0.0.9 => no neighbors match the selector"})
    void badFormsAnswerAnError(String line, String reason) {
        assertEquals(List.of("error: " + reason, "error"), api.dispatch(line));
    }

    @Test
    void timedeltaIsPythons() {
        assertEquals("0:00:00", bgp.api.command.internal.show.NeighborText.timedelta(0));
        assertEquals("0:00:59", bgp.api.command.internal.show.NeighborText.timedelta(59));
        assertEquals("23:59:59", bgp.api.command.internal.show.NeighborText.timedelta(86_399));
        assertEquals("1 day, 0:00:00", bgp.api.command.internal.show.NeighborText.timedelta(86_400));
        assertEquals("2 days, 3:04:05", bgp.api.command.internal.show.NeighborText.timedelta(2 * 86_400 + 11_045));
    }
}
