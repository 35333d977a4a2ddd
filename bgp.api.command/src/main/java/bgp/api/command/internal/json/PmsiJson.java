package bgp.api.command.internal.json;

import bgp.codec.Hex;
import bgp.codec.IpAddresses;
import bgp.codec.attribute.PmsiTunnel;

/**
 * PMSI Tunnel (RFC 6514, attribute 22) as ExaBGP prints it (4.2, checked with its decoder): one string
 * {@code "pmsi": "pmsi:<tunnel type name>:<flags>:<label>:<tunnel>"}. The name is the RFC's, lower case without
 * blanks ({@code ingressreplication}, {@code pim-ssmtree}, ..., {@code unknown}). The label is the 20-bit label;
 * for no-tunnel and ingress replication, whose raw field ExaBGP keeps, a non-zero field prints as
 * {@code <label>(<raw 24-bit field>)}. The tunnel is empty for no-tunnel, the address for ingress replication, and
 * {@code 0x<HEX>} of the identifier otherwise. Where ExaBGP fails (an ingress replication identifier that is not 4
 * bytes), an IPv6 address (16 bytes) or the hex form is printed.
 */
final class PmsiJson {
    private static final String[] NAMES = {"notunnel", "rsvp-tep2mplsp", "mldpp2mplsp", "pim-ssmtree", "pim-smtree",
        "bidir-pimtree", "ingressreplication", "mldpmp2mplsp"};

    private PmsiJson() {
    }

    static void write(JsonWriter w, PmsiTunnel p) {
        int type = p.tunnelType();
        StringBuilder s = new StringBuilder(48).append("pmsi:")
                .append(type < NAMES.length ? NAMES[type] : "unknown").append(':')
                .append(p.tunnelFlags()).append(':').append(p.label());
        boolean keepsRaw = type == PmsiTunnel.NO_TUNNEL || type == PmsiTunnel.INGRESS_REPLICATION;
        if (keepsRaw && p.rawLabel() != 0) {
            s.append('(').append(p.rawLabel()).append(')');
        }
        s.append(':');
        byte[] id = p.tunnelId();
        if (type == PmsiTunnel.INGRESS_REPLICATION && id.length == 4) {
            s.append(IpAddresses.ipv4(id, 0));
        } else if (type == PmsiTunnel.INGRESS_REPLICATION && id.length == 16) {
            s.append(IpAddresses.ipv6(id, 0));
        } else if (type != PmsiTunnel.NO_TUNNEL && id.length > 0) {
            s.append("0x").append(Hex.encode(id));
        }
        w.key("pmsi").value(s.toString());
    }
}
