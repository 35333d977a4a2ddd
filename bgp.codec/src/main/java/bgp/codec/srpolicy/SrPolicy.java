package bgp.codec.srpolicy;

import bgp.codec.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SR Policy tunnel (RFC 9830 §2.4, tunnel type 15 of the Tunnel Encapsulation attribute): its sub-TLVs, read
 * from or written as the tunnel's value. Sub-TLVs of types below 128 have a 1-byte length, the others a 2-byte one
 * (RFC 9012 §2). Known ones:
 * <pre>
 *  12   preference          flags(1) reserved(1) preference(4)                        length 6
 *  13   binding SID         flags(1) reserved(1) [MPLS SID(4) | SRv6 SID(16)]         2, 6, 18
 *  14   ENLP                flags(1) reserved(1) ENLP(1)                              3
 *  15   priority            priority(1) reserved(1)                                   2
 *  20   SRv6 binding SID    flags(1) reserved(1) SID(16) [behavior and structure(8)]  18, 26
 *  128  segment list        see {@link SegmentList}
 *  129  candidate path name reserved(1) name                                          at least 1
 *  130  policy name         reserved(1) name                                          at least 1
 * </pre>
 * Others are kept as {@link #others()}. A parsed policy is a view for printing: the attribute itself keeps the bytes,
 * so what is received is re-sent unchanged. Immutable.
 */
public final class SrPolicy {
    /** The tunnel type of SR Policy in the Tunnel Encapsulation attribute. */
    public static final int TUNNEL_TYPE = 15;
    public static final int SUB_TLV_PREFERENCE = 12;
    public static final int SUB_TLV_BINDING_SID = 13;
    public static final int SUB_TLV_ENLP = 14;
    public static final int SUB_TLV_PRIORITY = 15;
    public static final int SUB_TLV_SRV6_BINDING_SID = 20;
    public static final int SUB_TLV_SEGMENT_LIST = 128;
    public static final int SUB_TLV_CANDIDATE_PATH_NAME = 129;
    public static final int SUB_TLV_POLICY_NAME = 130;
    /** The flags ExaBGP writes in an MPLS binding SID sub-TLV. */
    public static final int MPLS_BINDING_SID_FLAGS = 0x10;

    /** A sub-TLV of another type than the known ones, kept as its value. */
    public record Other(int type, byte[] value) {
        public Other {
            if (type < 0 || type > 255) {
                throw new IllegalArgumentException("sub-TLV type " + type + " is not within 0..255");
            }
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    private final long preference;
    private final int priority;
    private final int enlp;
    private final byte[] bindingSid;
    private final byte[] srv6BindingSid;
    private final String policyName;
    private final String candidatePathName;
    private final List<SegmentList> segmentLists;
    private final List<Other> others;

    private SrPolicy(Builder b) {
        this.preference = b.preference;
        this.priority = b.priority;
        this.enlp = b.enlp;
        this.bindingSid = b.bindingSid;
        this.srv6BindingSid = b.srv6BindingSid;
        this.policyName = b.policyName;
        this.candidatePathName = b.candidatePathName;
        this.segmentLists = List.copyOf(b.segmentLists);
        this.others = List.copyOf(b.others);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The header length of a sub-TLV of a type: 2 below 128, 3 from 128 (RFC 9012 §2). */
    public static int headerLength(int type) {
        return type < 128 ? 2 : 3;
    }

    /**
     * Why the sub-TLVs of an SR Policy tunnel ({@code len} bytes from {@code off}) are malformed, or null: a
     * truncated or overrunning sub-TLV, a known sub-TLV whose length is not one of its own, a malformed segment list.
     */
    public static String malformation(byte[] buf, int off, int len) {
        int end = off + len;
        for (int p = off; p < end; ) {
            int type = buf[p] & 0xFF;
            int h = headerLength(type);
            if (end - p < h) {
                return "truncated sub-TLV header";
            }
            int length = h == 2 ? buf[p + 1] & 0xFF : (buf[p + 1] & 0xFF) << 8 | buf[p + 2] & 0xFF;
            if (length > end - p - h) {
                return "sub-TLV " + type + " length " + length + " with " + (end - p - h) + " bytes left";
            }
            boolean ok = switch (type) {
                case SUB_TLV_PREFERENCE -> length == 6;
                case SUB_TLV_BINDING_SID -> length == 2 || length == 6 || length == 18;
                case SUB_TLV_ENLP -> length == 3;
                case SUB_TLV_PRIORITY -> length == 2;
                case SUB_TLV_SRV6_BINDING_SID -> length == 18 || length == 26;
                case SUB_TLV_CANDIDATE_PATH_NAME, SUB_TLV_POLICY_NAME -> length >= 1;
                default -> true;
            };
            if (!ok) {
                return "sub-TLV " + type + " length " + length;
            }
            if (type == SUB_TLV_SEGMENT_LIST) {
                String why = SegmentList.malformation(buf, p + h, length);
                if (why != null) {
                    return why;
                }
            }
            p += h + length;
        }
        return null;
    }

    /**
     * The policy of well-formed sub-TLVs ({@link #malformation} null); of a sub-TLV given twice (other than a
     * segment list or an unknown one) the last wins.
     *
     * @throws IllegalArgumentException when they are malformed
     */
    public static SrPolicy parse(byte[] buf, int off, int len) {
        String why = malformation(buf, off, len);
        if (why != null) {
            throw new IllegalArgumentException("malformed SR Policy tunnel: " + why);
        }
        Builder b = new Builder();
        int end = off + len;
        for (int p = off; p < end; ) {
            int type = buf[p] & 0xFF;
            int h = headerLength(type);
            int length = h == 2 ? buf[p + 1] & 0xFF : (buf[p + 1] & 0xFF) << 8 | buf[p + 2] & 0xFF;
            int v = p + h;
            switch (type) {
                case SUB_TLV_PREFERENCE -> b.preference = u32(buf, v + 2);
                case SUB_TLV_BINDING_SID -> b.bindingSid = Arrays.copyOfRange(buf, v, v + length);
                case SUB_TLV_ENLP -> b.enlp = buf[v + 2] & 0xFF;
                case SUB_TLV_PRIORITY -> b.priority = buf[v] & 0xFF;
                case SUB_TLV_SRV6_BINDING_SID -> b.srv6BindingSid = Arrays.copyOfRange(buf, v, v + length);
                case SUB_TLV_SEGMENT_LIST -> b.segmentLists.add(SegmentList.parse(buf, v, length));
                case SUB_TLV_CANDIDATE_PATH_NAME -> b.candidatePathName = text(buf, v + 1, length - 1);
                case SUB_TLV_POLICY_NAME -> b.policyName = text(buf, v + 1, length - 1);
                default -> b.others.add(new Other(type, Arrays.copyOfRange(buf, v, v + length)));
            }
            p = v + length;
        }
        return new SrPolicy(b);
    }

    private static String text(byte[] buf, int off, int len) {
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }

    private static long u32(byte[] b, int p) {
        return (long) (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | b[p + 3] & 0xFF;
    }

    /**
     * The sub-TLVs in ExaBGP's order: preference, binding SID, SRv6 binding SID, ENLP, priority, segment lists,
     * policy name, candidate path name, then the others.
     *
     * @throws IllegalArgumentException when a sub-TLV would be longer than 65535 bytes
     */
    public byte[] encode() {
        WireWriter w = new WireWriter(64);
        if (preference >= 0) {
            w.writeByte(SUB_TLV_PREFERENCE).writeByte(6).writeShort(0).writeInt((int) preference);
        }
        if (bindingSid != null) {
            w.writeByte(SUB_TLV_BINDING_SID).writeByte(bindingSid.length).write(bindingSid);
        }
        if (srv6BindingSid != null) {
            w.writeByte(SUB_TLV_SRV6_BINDING_SID).writeByte(srv6BindingSid.length).write(srv6BindingSid);
        }
        if (enlp >= 0) {
            w.writeByte(SUB_TLV_ENLP).writeByte(3).writeShort(0).writeByte(enlp);
        }
        if (priority >= 0) {
            w.writeByte(SUB_TLV_PRIORITY).writeByte(2).writeByte(priority).writeByte(0);
        }
        for (SegmentList l : segmentLists) {
            int at = w.position();
            l.encode(w);
            if (w.position() - at - 3 > 0xFFFF) {
                throw new IllegalArgumentException("a segment list of " + (w.position() - at - 3) + " bytes");
            }
        }
        name(w, SUB_TLV_POLICY_NAME, policyName);
        name(w, SUB_TLV_CANDIDATE_PATH_NAME, candidatePathName);
        for (Other o : others) {
            byte[] v = o.value();
            if (headerLength(o.type()) == 2) {
                if (v.length > 255) {
                    throw new IllegalArgumentException("sub-TLV " + o.type() + " of " + v.length + " bytes");
                }
                w.writeByte(o.type()).writeByte(v.length);
            } else {
                if (v.length > 0xFFFF) {
                    throw new IllegalArgumentException("sub-TLV " + o.type() + " of " + v.length + " bytes");
                }
                w.writeByte(o.type()).writeShort(v.length);
            }
            w.write(v);
        }
        return w.toByteArray();
    }

    private static void name(WireWriter w, int type, String name) {
        if (name == null) {
            return;
        }
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        if (b.length + 1 > 0xFFFF) {
            throw new IllegalArgumentException("a name of " + b.length + " bytes");
        }
        w.writeByte(type).writeShort(b.length + 1).writeByte(0).write(b);
    }

    /** The preference, or -1 when there is none. */
    public long preference() {
        return preference;
    }

    /** The priority, or -1 when there is none. */
    public int priority() {
        return priority;
    }

    /** The ENLP value, or -1 when there is none. */
    public int enlp() {
        return enlp;
    }

    /** The value of the binding SID sub-TLV (flags, reserved, SID of 0, 4 or 16 bytes; a copy), or null. */
    public byte[] bindingSid() {
        return bindingSid == null ? null : bindingSid.clone();
    }

    /** The value of the SRv6 binding SID sub-TLV (flags, reserved, SID, behavior if any; a copy), or null. */
    public byte[] srv6BindingSid() {
        return srv6BindingSid == null ? null : srv6BindingSid.clone();
    }

    /** The policy name, or null. */
    public String policyName() {
        return policyName;
    }

    /** The candidate path name, or null. */
    public String candidatePathName() {
        return candidatePathName;
    }

    public List<SegmentList> segmentLists() {
        return segmentLists;
    }

    /** The sub-TLVs of other types, in order. */
    public List<Other> others() {
        return others;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SrPolicy p && Arrays.equals(p.encode(), encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "SrPolicy[preference " + preference + ", " + segmentLists.size() + " segment lists]";
    }

    /** Builds a policy; not thread-safe. */
    public static final class Builder {
        private long preference = -1;
        private int priority = -1;
        private int enlp = -1;
        private byte[] bindingSid;
        private byte[] srv6BindingSid;
        private String policyName;
        private String candidatePathName;
        private final List<SegmentList> segmentLists = new ArrayList<>();
        private final List<Other> others = new ArrayList<>();

        private Builder() {
        }

        public Builder preference(long preference) {
            if (preference < 0 || preference > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("preference " + preference + " is not within 0..4294967295");
            }
            this.preference = preference;
            return this;
        }

        public Builder priority(int priority) {
            if (priority < 0 || priority > 255) {
                throw new IllegalArgumentException("priority " + priority + " is not within 0..255");
            }
            this.priority = priority;
            return this;
        }

        public Builder enlp(int enlp) {
            if (enlp < 0 || enlp > 255) {
                throw new IllegalArgumentException("ENLP " + enlp + " is not within 0..255");
            }
            this.enlp = enlp;
            return this;
        }

        /** An MPLS binding SID as ExaBGP writes it: flags 0x10, the label with TC 0, bottom of stack, TTL 0. */
        public Builder mplsBindingSid(long label) {
            int field = Segment.mplsField(label);
            bindingSid = new byte[] {MPLS_BINDING_SID_FLAGS, 0, (byte) (field >>> 24), (byte) (field >>> 16),
                (byte) (field >>> 8), (byte) field};
            return this;
        }

        /** An SRv6 binding SID (sub-TLV 20), flags 0, without behavior. */
        public Builder srv6BindingSid(byte[] sid) {
            if (sid.length != 16) {
                throw new IllegalArgumentException("an SRv6 SID is 16 bytes, not " + sid.length);
            }
            srv6BindingSid = new byte[18];
            System.arraycopy(sid, 0, srv6BindingSid, 2, 16);
            return this;
        }

        public Builder policyName(String name) {
            this.policyName = name;
            return this;
        }

        public Builder candidatePathName(String name) {
            this.candidatePathName = name;
            return this;
        }

        public Builder segmentList(SegmentList list) {
            segmentLists.add(list);
            return this;
        }

        public Builder other(Other other) {
            others.add(other);
            return this;
        }

        public SrPolicy build() {
            return new SrPolicy(this);
        }
    }
}
