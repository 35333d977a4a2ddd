package bgp.interop.daemon;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes routes as an MRT TABLE_DUMP_V2 file (RFC 6396), the bulk format that OpenBGPD ({@code bgpctl network mrt})
 * and GoBGP ({@code gobgp mrt inject global}) load far faster than one command per route.
 *
 * <p>One PEER_INDEX_TABLE with a single peer, then one RIB_IPV4_UNICAST / RIB_IPV6_UNICAST record per prefix, with
 * one RIB entry per route of that prefix. Attributes: ORIGIN IGP, AS_PATH (4-octet, as RFC 6396 requires), NEXT_HOP
 * (IPv4) or an MP_REACH_NLRI with the next hop (IPv6; see {@link MpReach}), MED, LOCAL_PREF, COMMUNITIES.
 */
public final class Mrt {
    private static final int TABLE_DUMP_V2 = 13;
    private static final int PEER_INDEX_TABLE = 1;
    private static final int RIB_IPV4_UNICAST = 2;
    private static final int RIB_IPV6_UNICAST = 4;

    private Mrt() {
    }

    /**
     * Writes {@code routes} to {@code file}, as received from one peer ({@code peerAddress}, {@code peerAs},
     * {@code peerId}); returns the number of RIB records (distinct prefixes) written.
     */
    public static int write(Path file, Collection<Route> routes, InetAddress peerAddress, long peerAs,
            Inet4Address peerId, MpReach mpReach) throws IOException {
        Map<Prefix, List<Route>> byPrefix = new TreeMap<>();
        for (Route r : routes) {
            byPrefix.computeIfAbsent(r.prefix(), p -> new ArrayList<>()).add(r);
        }
        long now = System.currentTimeMillis() / 1000;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(body);
            b.write(peerId.getAddress()); // collector BGP ID
            b.writeShort(0); // view name length
            b.writeShort(1); // peer count
            boolean v6 = Addresses.isV6(peerAddress);
            b.writeByte((v6 ? 1 : 0) | 2); // peer type: address family, 4-octet AS
            b.write(peerId.getAddress());
            b.write(peerAddress.getAddress());
            b.writeInt((int) peerAs);
            record(os, now, PEER_INDEX_TABLE, body.toByteArray());

            int sequence = 0;
            for (Map.Entry<Prefix, List<Route>> e : byPrefix.entrySet()) {
                Prefix p = e.getKey();
                body.reset();
                b.writeInt(sequence++);
                b.writeByte(p.length());
                b.write(p.wireBytes());
                b.writeShort(e.getValue().size());
                for (Route r : e.getValue()) {
                    byte[] attrs = attributes(r, mpReach);
                    b.writeShort(0); // peer index
                    b.writeInt((int) now); // originated time
                    b.writeShort(attrs.length);
                    b.write(attrs);
                }
                record(os, now, p.family() == Family.IPV4_UNICAST ? RIB_IPV4_UNICAST : RIB_IPV6_UNICAST,
                        body.toByteArray());
            }
            return sequence;
        }
    }

    private static void record(OutputStream os, long time, int subtype, byte[] body) throws IOException {
        DataOutputStream d = new DataOutputStream(os);
        d.writeInt((int) time);
        d.writeShort(TABLE_DUMP_V2);
        d.writeShort(subtype);
        d.writeInt(body.length);
        d.write(body);
    }

    /** How an IPv6 route's next hop is written. */
    public enum MpReach {
        /** RFC 6396 section 4.3.4: next hop length and next hop only (what OpenBGPD reads) */
        ABBREVIATED,
        /** AFI, SAFI, next hop length, next hop, reserved octet, no NLRI (what GoBGP 3.10 reads) */
        FULL
    }

    /** The path attributes of a route as an MRT RIB entry holds them. */
    static byte[] attributes(Route r, MpReach mpReach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attribute(out, 0x40, 1, new byte[] {0}); // ORIGIN IGP
        ByteArrayOutputStream path = new ByteArrayOutputStream();
        DataOutputStream p = new DataOutputStream(path);
        List<Long> asns = r.asPath();
        for (int i = 0; i < asns.size(); i += 255) {
            int n = Math.min(255, asns.size() - i);
            p.writeByte(2); // AS_SEQUENCE
            p.writeByte(n);
            for (int j = i; j < i + n; j++) {
                p.writeInt((int) (long) asns.get(j));
            }
        }
        attribute(out, 0x40, 2, path.toByteArray());
        if (r.family() == Family.IPV4_UNICAST) {
            attribute(out, 0x40, 3, r.nextHop().getAddress());
        }
        if (r.med() != null) {
            attribute(out, 0x80, 4, int32(r.med()));
        }
        if (r.localPref() != null) {
            attribute(out, 0x40, 5, int32(r.localPref()));
        }
        if (!r.communities().isEmpty()) {
            ByteArrayOutputStream c = new ByteArrayOutputStream();
            for (String community : r.communities()) {
                c.write(int32(Route.communityValue(community)));
            }
            attribute(out, 0xc0, 8, c.toByteArray());
        }
        if (r.family() == Family.IPV6_UNICAST) {
            byte[] hop = r.nextHop().getAddress();
            ByteArrayOutputStream mp = new ByteArrayOutputStream();
            if (mpReach == MpReach.FULL) {
                mp.write(new byte[] {0, 2, 1}); // AFI IPv6, SAFI unicast
            }
            mp.write(hop.length);
            mp.write(hop);
            if (mpReach == MpReach.FULL) {
                mp.write(0); // reserved
            }
            attribute(out, 0x80, 14, mp.toByteArray());
        }
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, int flags, int type, byte[] value) {
        boolean extended = value.length > 255;
        out.write(flags | (extended ? 0x10 : 0));
        out.write(type);
        if (extended) {
            out.write(value.length >>> 8);
        }
        out.write(value.length & 0xff);
        out.write(value, 0, value.length);
    }

    private static byte[] int32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
