package bgp.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.reactor.Neighbor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and matching of {@code neighbor ...} selectors. */
class NeighborSelectorTest {
    static final Set<String> VERBS = Set.of("teardown", "create", "delete", "announce");

    static NeighborSelector.Parsed parse(String line) {
        return NeighborSelector.parse(List.of(line.split(" ")), VERBS::contains);
    }

    static final Neighbor A = Neighbor.builder("10.0.0.1").localAddress("10.0.0.254").localAs(65000).peerAs(65001)
            .routerId("1.1.1.1").families(Set.of(Family.IPV4_UNICAST, Family.IPV6_UNICAST)).build();
    static final Neighbor B = Neighbor.builder("2001:db8::2").localAddress("2001:db8::fe").localAs(65000)
            .peerAs(65002).routerId("1.1.1.1").build();

    @Test
    void parsesAllParametersUpToTheVerb() {
        NeighborSelector.Parsed p = parse("neighbor 10.0.0.1 local-address 10.0.0.254 local-as 65000 peer-as 65001 "
                + "router-id 1.1.1.1 family-allowed ipv4-unicast/ipv6-unicast graceful-restart 120 group-updates false "
                + "api announce create");
        assertEquals(18, p.verbIndex());
        NeighborSelector.Alternative a = p.selector().alternatives().get(0);
        assertEquals("10.0.0.1", a.address());
        assertEquals(Map.of("local-ip", "10.0.0.254", "local-as", "65000", "peer-as", "65001", "router-id", "1.1.1.1",
                "family-allowed", "ipv4-unicast/ipv6-unicast", "graceful-restart", "120", "group-updates", "false",
                "api", "announce"), a.parameters());
    }

    @Test
    void alternativesAreSeparatedByCommas() {
        NeighborSelector s = parse("neighbor 10.0.0.1, neighbor 2001:DB8::2 peer-as 65002 teardown 2").selector();
        assertEquals("neighbor 10.0.0.1, neighbor 2001:db8::2 peer-as 65002", s.toString());
        assertTrue(s.matches(A));
        assertTrue(s.matches(B));
    }

    @Test
    void everyKeyGivenFilters() {
        assertTrue(parse("neighbor * teardown").selector().matches(A));
        assertTrue(parse("neighbor * peer-as 65001 teardown").selector().matches(A));
        assertFalse(parse("neighbor * peer-as 65001 teardown").selector().matches(B), "unlike ExaBGP");
        assertFalse(parse("neighbor 10.0.0.1 local-as 64999 teardown").selector().matches(A));
        assertTrue(parse("neighbor * local-ip 10.0.0.254 router-id 1.1.1.1 teardown").selector().matches(A));
        assertTrue(parse("neighbor * family-allowed ipv6-unicast teardown").selector().matches(A));
        assertFalse(parse("neighbor * family-allowed ipv6-unicast teardown").selector().matches(B));
    }

    @Test
    void inOpenStandsForEveryFamilyTheSpeakerCarries() {
        assertEquals(NeighborSelector.IN_OPEN, NeighborSelector.families("in-open"));
        assertEquals(Set.of(Family.IPV4_UNICAST, Family.IPV6_MPLS_VPN),
                NeighborSelector.families("ipv4-unicast/ipv6-mpls-vpn"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "neighbor 10.0.0.300 create|invalid IP address 10.0.0.300",
        "neighbor 10.0.0.1 local-ip 1.2.3 create|invalid IP address 1.2.3",
        "neighbor 10.0.0.1 router-id ::1 create|invalid IP address ::1",
        "neighbor 10.0.0.1 local-as 4294967296 create|invalid ASN 4294967296",
        "neighbor 10.0.0.1 peer-as -1 create|invalid ASN -1",
        "neighbor 10.0.0.1 peer-as 65x create|invalid ASN 65x",
        "neighbor 10.0.0.1 family-allowed ipv4 create|invalid family format ipv4, expected <afi>-<safi>",
        "neighbor 10.0.0.1 family-allowed ipv5-unicast create|unknown AFI ipv5",
        "neighbor 10.0.0.1 family-allowed ipv4-unicorn create|unknown SAFI unicorn",
        "neighbor 10.0.0.1 local-as 1 local-as 2 create|duplicate parameter: local-as",
        "neighbor 10.0.0.1 local-ip 1.1.1.1 local-address 1.1.1.1 create|duplicate parameter: local-address",
        "neighbor 10.0.0.1 colour blue create|unknown parameter: colour",
        "neighbor 10.0.0.1 local-as|missing value for local-as",
        "neighbor 10.0.0.1 graceful-restart 5000 create|invalid graceful-restart time 5000, expected 0..4095",
        "neighbor 10.0.0.1 group-updates maybe create|invalid group-updates maybe, expected true or false",
        "neighbor 10.0.0.1|missing command after the neighbor selector"})
    void errorsSayWhatIsWrong(String line, String error) {
        assertEquals(error, assertThrows(IllegalArgumentException.class, () -> parse(line)).getMessage());
    }

    @Test
    void asnRangeIsZeroToFourBillion() {
        assertEquals(0L, NeighborSelector.asn("0"));
        assertEquals(4294967295L, NeighborSelector.asn("4294967295"));
    }
}
