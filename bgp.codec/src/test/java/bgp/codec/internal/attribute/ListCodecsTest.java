package bgp.codec.internal.attribute;

import static bgp.codec.internal.attribute.CodecAssertions.AS4;
import static bgp.codec.internal.attribute.CodecAssertions.assertBothWays;
import static bgp.codec.internal.attribute.CodecAssertions.assertMalformed;
import static bgp.codec.message.Notification.ATTRIBUTE_LENGTH_ERROR;

import bgp.codec.ErrorAction;
import bgp.codec.Hex;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.attribute.ClusterList;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.Community;
import bgp.codec.attribute.ExtendedCommunities;
import bgp.codec.attribute.Ipv6ExtendedCommunities;
import bgp.codec.attribute.LargeCommunities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The attributes that are lists of fixed-size items: communities of every kind, cluster list. */
class ListCodecsTest {
    @Test
    void communitiesAreFourBytesEach() throws Exception {
        assertBothWays(new CommunitiesCodec(), "78140000 78147814 FFFFFF01", AS4,
                Communities.of(0x78140000, Community.parse("30740:30740"), Community.NO_EXPORT));
    }

    @Test
    void clusterListIsFourByteIds() throws Exception {
        assertBothWays(new ClusterListCodec(), "03030303 C0A8C901", AS4, ClusterList.parse("3.3.3.3", "192.168.201.1"));
    }

    @Test
    void largeCommunitiesAreTwelveBytesEach() throws Exception {
        assertBothWays(new LargeCommunitiesCodec(), "0000FDE8 00000001 00000002 FA56EA00 FFFFFFFF 00000000", AS4,
                LargeCommunities.parse("65000:1:2", "4200000000:4294967295:0"));
    }

    @Test
    void extendedCommunitiesAreEightBytesEach() throws Exception {
        assertBothWays(new ExtendedCommunitiesCodec(), "0002FDE800000001 8006000000000000", AS4,
                ExtendedCommunities.parse("target:65000:1", "rate-limit:0"));
    }

    @Test
    void ipv6ExtendedCommunitiesAreTwentyBytesEach() throws Exception {
        String hex = "000C2A020B80000000010000000000000001 0000";
        assertBothWays(new Ipv6ExtendedCommunitiesCodec(), hex, AS4,
                Ipv6ExtendedCommunities.of(Hex.decode(hex.replace(" ", ""))));
    }

    @ParameterizedTest(name = "{0} with {1} bytes")
    @CsvSource({
        "COMMUNITIES, 0", "COMMUNITIES, 3", "COMMUNITIES, 6",
        "CLUSTER_LIST, 0", "CLUSTER_LIST, 5",
        "LARGE_COMMUNITY, 0", "LARGE_COMMUNITY, 8", "LARGE_COMMUNITY, 16",
        "EXTENDED_COMMUNITIES, 0", "EXTENDED_COMMUNITIES, 7", "EXTENDED_COMMUNITIES, 12",
        "IPV6_EXTENDED_COMMUNITIES, 0", "IPV6_EXTENDED_COMMUNITIES, 19", "IPV6_EXTENDED_COMMUNITIES, 21",
    })
    void lengthNotANonZeroMultipleIsAnAttributeLengthErrorTreatedAsWithdraw(String name, int length) {
        AttributeCodec codec = switch (name) {
            case "COMMUNITIES" -> new CommunitiesCodec();
            case "CLUSTER_LIST" -> new ClusterListCodec();
            case "LARGE_COMMUNITY" -> new LargeCommunitiesCodec();
            case "EXTENDED_COMMUNITIES" -> new ExtendedCommunitiesCodec();
            default -> new Ipv6ExtendedCommunitiesCodec();
        };
        assertMalformed(codec, "01".repeat(length), AS4, ATTRIBUTE_LENGTH_ERROR, ErrorAction.TREAT_AS_WITHDRAW);
    }
}
