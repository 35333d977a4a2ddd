package bgp.api.command.internal.show;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.TunnelEncapsulation;
import bgp.codec.srpolicy.Segment;
import bgp.codec.srpolicy.SegmentList;
import bgp.codec.srpolicy.SrPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Tunnel Encapsulation attribute in route text. When it is one SR Policy tunnel that the configuration's words can
 * say whole (no sub-TLV of an unknown type, no segment of a type other than A to K, flags and reserved bytes as the
 * configuration writes them), its SR Policy words as {@code sr-policy} routes take them: {@code preference <n>
 * priority <n> enlp <n> binding-sid mpls <label> srv6-binding-sid <ipv6> policy-name "<name>" candidate-path-name
 * "<name>" segment-list weight <n> segment type-a mpls <label> ...}; otherwise the generic
 * {@code attribute [ 0x17 0xC0 0x<hex> ]}.
 */
final class SrPolicyText {
    private SrPolicyText() {
    }

    static void append(StringBuilder sb, TunnelEncapsulation t) {
        if (t.tunnelCount() == 1 && t.tunnelType(0) == SrPolicy.TUNNEL_TYPE) {
            SrPolicy p = t.srPolicy(0);
            String words = words(p);
            if (words != null && Arrays.equals(t.subTlvs(0), rebuilt(p))) {
                sb.append(words);
                return;
            }
        }
        byte[] v = t.tlvs();
        sb.append(String.format(" attribute [ 0x%02X 0x%02X 0x%s ]", t.typeCode(), t.flags(), Hex.encode(v)));
    }

    /** The sub-TLVs the configuration's words of the policy give, or null when they cannot be built. */
    private static byte[] rebuilt(SrPolicy p) {
        try {
            SrPolicy.Builder b = SrPolicy.builder();
            if (p.preference() >= 0) {
                b.preference(p.preference());
            }
            if (p.priority() >= 0) {
                b.priority(p.priority());
            }
            if (p.enlp() >= 0) {
                b.enlp(p.enlp());
            }
            if (p.bindingSid() != null) {
                b.mplsBindingSid(u32(p.bindingSid(), 2) >>> 12);
            }
            if (p.srv6BindingSid() != null) {
                b.srv6BindingSid(Arrays.copyOfRange(p.srv6BindingSid(), 2, 18));
            }
            b.policyName(p.policyName()).candidatePathName(p.candidatePathName());
            for (SegmentList l : p.segmentLists()) {
                List<Segment> segments = new ArrayList<>();
                for (Segment s : l.segments()) {
                    segments.add(Segment.build(s.type(), Math.max(0, s.algorithm()),
                            Math.max(0, s.localInterfaceId()), s.localAddress(), Math.max(0, s.remoteInterfaceId()),
                            s.remoteAddress(), s.mplsSid() >= 0 ? s.mplsSid() >>> 12 : -1, s.srv6Sid(),
                            s.behavior()));
                }
                b.segmentList(new SegmentList(l.weight(), segments));
            }
            return b.build().encode();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The policy's words, or null when they would not say it whole. */
    private static String words(SrPolicy p) {
        if (!p.others().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (p.preference() >= 0) {
            sb.append(" preference ").append(p.preference());
        }
        if (p.priority() >= 0) {
            sb.append(" priority ").append(p.priority());
        }
        if (p.enlp() >= 0) {
            sb.append(" enlp ").append(p.enlp());
        }
        byte[] bsid = p.bindingSid();
        if (bsid != null) {
            if (bsid.length != 6) {
                return null;
            }
            sb.append(" binding-sid mpls ").append(u32(bsid, 2) >>> 12);
        }
        byte[] srv6 = p.srv6BindingSid();
        if (srv6 != null) {
            if (srv6.length != 18) {
                return null;
            }
            sb.append(" srv6-binding-sid ").append(IpAddresses.ipv6(srv6, 2));
        }
        if (p.policyName() != null) {
            sb.append(" policy-name ").append(quoted(p.policyName()));
        }
        if (p.candidatePathName() != null) {
            sb.append(" candidate-path-name ").append(quoted(p.candidatePathName()));
        }
        for (SegmentList l : p.segmentLists()) {
            sb.append(" segment-list");
            if (l.weight() >= 0) {
                sb.append(" weight ").append(l.weight());
            }
            for (Segment s : l.segments()) {
                if (!segment(sb, s)) {
                    return null;
                }
            }
        }
        return sb.toString();
    }

    private static String quoted(String name) {
        return name.indexOf('"') < 0 ? '"' + name + '"' : "'" + name + "'";
    }

    private static boolean segment(StringBuilder sb, Segment s) {
        char letter = s.letter();
        if (letter == 0) {
            return false;
        }
        sb.append(" segment type-").append(Character.toLowerCase(letter));
        switch (letter) {
            case 'A' -> sb.append(" mpls ").append(s.mplsSid() >>> 12);
            case 'B' -> sb.append(" srv6 ").append(IpAddresses.format(s.srv6Sid()));
            case 'C' -> sb.append(" ipv4 ").append(IpAddresses.format(s.localAddress()));
            case 'D', 'I' -> sb.append(" ipv6 ").append(IpAddresses.format(s.localAddress()));
            case 'E' -> sb.append(" local-if-id ").append(s.localInterfaceId()).append(" ipv4 ")
                    .append(IpAddresses.format(s.localAddress()));
            case 'F', 'H', 'K' -> sb.append(" local ").append(IpAddresses.format(s.localAddress())).append(" remote ")
                    .append(IpAddresses.format(s.remoteAddress()));
            default -> sb.append(" local-if-id ").append(s.localInterfaceId()).append(" local-ipv6 ")
                    .append(IpAddresses.format(s.localAddress())).append(" remote-if-id ")
                    .append(s.remoteInterfaceId()).append(" remote-ipv6 ").append(IpAddresses.format(s.remoteAddress()));
        }
        if (s.algorithm() >= 0) {
            sb.append(" algorithm ").append(s.algorithm());
        }
        if (letter != 'A' && s.mplsSid() >= 0) {
            sb.append(" sid ").append(s.mplsSid() >>> 12);
        }
        if (letter != 'B' && s.srv6Sid() != null) {
            sb.append(" sid ").append(IpAddresses.format(s.srv6Sid()));
        }
        int[] b = s.behavior();
        if (b != null) {
            sb.append(" endpoint-behavior ").append(b[0]).append(' ').append(b[1]).append(' ').append(b[2])
                    .append(' ').append(b[3]).append(' ').append(b[4]);
        }
        return true;
    }

    private static long u32(byte[] b, int p) {
        return (long) (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | b[p + 3] & 0xFF;
    }
}
