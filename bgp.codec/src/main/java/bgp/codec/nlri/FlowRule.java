package bgp.codec.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.WireWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One flow specification rule (RFC 8955/8956) as an object: its family (IPv4/IPv6 {@code flow} or {@code flow-vpn}),
 * its route distinguisher (flow-vpn), and its components as on the wire (in increasing type order, checked). For
 * tools, JSON, the configuration and the API; lists of rules are {@link FlowRules}. Build one with {@link #builder};
 * {@code equals} compares family, path identifier, route distinguisher and component bytes.
 */
public final class FlowRule implements Nlri {
    private final Family family;
    private final int pathId;
    private final long rd;
    private final byte[] components;

    private FlowRule(Family family, int pathId, long rd, byte[] components) {
        this.family = family;
        this.pathId = pathId;
        this.rd = rd;
        this.components = components;
    }

    /**
     * A rule from its components' wire bytes (checked).
     *
     * @throws IllegalArgumentException when the family is not a flowspec one or the components are malformed
     */
    public static FlowRule of(Family family, long rd, byte[] components, int pathId) {
        if (!FlowSpec.isFlow(family)) {
            throw new IllegalArgumentException("not a flowspec family: " + family);
        }
        try {
            FlowSpec.check(family, components, 0, components.length);
        } catch (BgpDecodeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        int total = components.length + (FlowSpec.isVpn(family) ? 8 : 0);
        if (total > FlowSpec.MAX_LENGTH) {
            throw new IllegalArgumentException("flow rule of " + total + " octets, at most " + FlowSpec.MAX_LENGTH);
        }
        return new FlowRule(family, pathId, FlowSpec.isVpn(family) ? rd : 0, components.clone());
    }

    /** From checked bytes (no copy). */
    static FlowRule wrap(Family family, int pathId, long rd, byte[] components) {
        return new FlowRule(family, pathId, rd, components);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    /** Whether the rule carries a route distinguisher (flow-vpn). */
    public boolean hasRd() {
        return FlowSpec.isVpn(family);
    }

    /** The route distinguisher (8 bytes in a long); 0 when {@link #hasRd()} is false. */
    public long rd() {
        return rd;
    }

    /** The components as on the wire (a copy). */
    public byte[] components() {
        return components.clone();
    }

    /** The components as ExaBGP names and prints them, in wire order. */
    public List<FlowSpec.Field> fields() {
        return FlowSpec.fields(family.afi(), components, 0, components.length);
    }

    /** This rule with another path identifier. */
    public FlowRule withPathId(int id) {
        return new FlowRule(family, id, rd, components);
    }

    /** Octets after the length field: route distinguisher and components. */
    int bodyLength() {
        return components.length + (hasRd() ? 8 : 0);
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        writeLength(out, bodyLength());
        if (hasRd()) {
            out.writeLong(rd);
        }
        out.write(components);
    }

    /** RFC 8955 §4.1: one octet below 240, else two with the high nibble 0xF. */
    static void writeLength(WireWriter out, int len) {
        if (len < 240) {
            out.writeByte(len);
        } else {
            out.writeShort(0xF000 | len);
        }
    }

    /** ExaBGP's text: {@code flow destination-ipv4 10.0.0.0/24 protocol [ =tcp =udp ] rd 65000:1}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("flow");
        for (FlowSpec.Field f : fields()) {
            sb.append(' ').append(f);
        }
        if (hasRd()) {
            sb.append(" rd ").append(RouteDistinguisher.format(rd));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowRule r && r.family.equals(family) && r.pathId == pathId && r.rd == rd
                && Arrays.equals(r.components, components);
    }

    @Override
    public int hashCode() {
        return ((family.hashCode() * 31 + pathId) * 31 + Long.hashCode(rd)) * 31 + Arrays.hashCode(components);
    }

    public static Builder builder(Family family) {
        return new Builder(family);
    }

    /**
     * Collects components in any order; {@link #build} writes them in type order. Operators are given without the
     * end-of-list and length bits, which the builder sets (values take the fewest octets of 1, 2, 4, 8).
     */
    public static final class Builder {
        private final Family family;
        private final Map<Integer, byte[]> components = new TreeMap<>();
        private long rd;
        private int pathId;

        private Builder(Family family) {
            if (!FlowSpec.isFlow(family)) {
                throw new IllegalArgumentException("not a flowspec family: " + family);
            }
            this.family = family;
        }

        public Family family() {
            return family;
        }

        public Builder rd(long value) {
            if (!FlowSpec.isVpn(family)) {
                throw new IllegalArgumentException("a route distinguisher needs flow-vpn, not " + family);
            }
            rd = value;
            return this;
        }

        public Builder pathId(int id) {
            pathId = id;
            return this;
        }

        /** Whether a component of this type was given. */
        public boolean has(int type) {
            return components.containsKey(type);
        }

        /**
         * A destination or source prefix: 4 or 16 bytes matching the family's AFI, its length, and for IPv6 the
         * offset (RFC 8956; 0 for IPv4).
         */
        public Builder prefix(int type, byte[] address, int length, int offset) {
            if (type != FlowSpec.DESTINATION && type != FlowSpec.SOURCE) {
                throw new IllegalArgumentException("component type " + type + " is not a prefix");
            }
            boolean v6 = family.afi() == Family.AFI_IPV6;
            int max = v6 ? 128 : 32;
            if (address.length != max / 8) {
                throw new IllegalArgumentException("an " + (v6 ? "IPv6" : "IPv4") + " prefix is needed for " + family);
            }
            if (length < 0 || length > max) {
                throw new IllegalArgumentException("prefix length " + length + " out of 0.." + max);
            }
            if (offset < 0 || offset > length || !v6 && offset != 0) {
                throw new IllegalArgumentException("prefix offset " + offset + " out of 0.." + (v6 ? length : 0));
            }
            int bytes = (length + 7) >>> 3;
            WireWriter w = new WireWriter(2 + bytes);
            w.writeByte(length);
            if (v6) {
                w.writeByte(offset);
            }
            byte[] a = Arrays.copyOf(address, bytes);
            if ((length & 7) != 0) {
                a[bytes - 1] &= (byte) (0xFF << (8 - (length & 7)));
            }
            w.write(a);
            return put(type, w.toByteArray());
        }

        /**
         * An operator component: {@code operators[i]} is the AND bit and the comparison ({@link FlowSpec#LT},
         * {@link FlowSpec#GT}, {@link FlowSpec#EQ}) or bitmask ({@link FlowSpec#NOT}, {@link FlowSpec#MATCH}) bits of
         * {@code values[i]} (unsigned).
         */
        public Builder component(int type, int[] operators, long[] values) {
            if (type <= FlowSpec.SOURCE || type > FlowSpec.maxType(family.afi())) {
                throw new IllegalArgumentException("component type " + type + " is not an operator component of "
                        + family);
            }
            if (operators.length == 0 || operators.length != values.length) {
                throw new IllegalArgumentException("component type " + type + " needs one operator per value, and a"
                        + " value at least");
            }
            WireWriter w = new WireWriter(16);
            for (int i = 0; i < values.length; i++) {
                long v = values[i];
                int code = v >>> 8 == 0 ? 0 : v >>> 16 == 0 ? 1 : v >>> 32 == 0 ? 2 : 3;
                int op = operators[i] & (FlowSpec.AND | 0x07) | code << 4 | (i == values.length - 1 ? FlowSpec.END : 0);
                w.writeByte(op);
                for (int k = (1 << code) - 1; k >= 0; k--) {
                    w.writeByte((int) (v >>> (8 * k)));
                }
            }
            return put(type, w.toByteArray());
        }

        private Builder put(int type, byte[] body) {
            if (components.containsKey(type)) {
                throw new IllegalArgumentException("component " + FlowSpec.componentName(family.afi(), type)
                        + " given twice");
            }
            byte[] c = new byte[body.length + 1];
            c[0] = (byte) type;
            System.arraycopy(body, 0, c, 1, body.length);
            components.put(type, c);
            return this;
        }

        /** The rule (at least one component). */
        public FlowRule build() {
            if (components.isEmpty()) {
                throw new IllegalArgumentException("a flow rule needs at least one match component");
            }
            WireWriter w = new WireWriter(64);
            for (byte[] c : components.values()) {
                w.write(c);
            }
            return of(family, rd, w.toByteArray(), pathId);
        }
    }
}
