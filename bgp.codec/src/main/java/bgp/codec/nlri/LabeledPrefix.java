package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import java.util.Arrays;

/**
 * A labeled unicast route (RFC 8277, SAFI 4; ExaBGP's {@code nlri-mpls}): an IPv4 or IPv6 prefix, its MPLS label
 * stack and its path identifier. The stack is kept as the raw 24-bit entries ({@link #rawLabels()}; the last one ends
 * the stack, see {@link MplsLabels#endsStack}); {@link #labels()} gives the 20-bit labels ExaBGP shows. Bytes of the
 * address past {@code ceil(length/8)} are zero. {@link #toString()} is the prefix alone, ExaBGP's {@code "nlri"}
 * value.
 */
public final class LabeledPrefix implements Nlri {
    private final Family family;
    private final int[] rawLabels;
    private final byte[] address;
    private final int length;
    private final int pathId;

    /**
     * @param family    IPv4 or IPv6 labeled unicast
     * @param rawLabels raw 24-bit stack entries, only the last ending the stack
     * @param address   4 or 16 bytes
     * @throws IllegalArgumentException on any inconsistency, or when the entry would not fit the 255-bit length field
     */
    public LabeledPrefix(Family family, int[] rawLabels, byte[] address, int length, int pathId) {
        LabeledEntry.checkFamily(family, Family.SAFI_LABELED);
        int[] raw = rawLabels.clone();
        MplsLabels.check(raw);
        this.address = LabeledEntry.address(family, address, length);
        LabeledEntry.bits(raw.length, 0, length);
        this.family = family;
        this.rawLabels = raw;
        this.length = length;
        this.pathId = pathId;
    }

    /** A prefix (its AFI picks IPv4 or IPv6 labeled unicast; its path identifier is kept) with 20-bit labels. */
    public static LabeledPrefix of(IpPrefix prefix, int... labels) {
        Family f = prefix.family().afi() == Family.AFI_IPV4 ? Family.IPV4_LABELED : Family.IPV6_LABELED;
        return new LabeledPrefix(f, MplsLabels.stack(labels), prefix.address(), prefix.length(), prefix.pathId());
    }

    /** The same prefix with the RFC 8277 §2.4 compatibility label 0x800000 in place of the stack, for a withdrawal. */
    public LabeledPrefix forWithdrawal() {
        return new LabeledPrefix(family, new int[] {MplsLabels.COMPATIBILITY}, address, length, pathId);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int pathId() {
        return pathId;
    }

    /** The 20-bit labels, top of the stack first. */
    public int[] labels() {
        return MplsLabels.labelsOf(rawLabels);
    }

    /** The raw 24-bit stack entries (label, traffic class, bottom-of-stack), as ExaBGP's second JSON number. */
    public int[] rawLabels() {
        return rawLabels.clone();
    }

    /** The address bytes (a copy; 4 or 16). */
    public byte[] address() {
        return address.clone();
    }

    /** The prefix length in bits. */
    public int length() {
        return length;
    }

    /** The prefix as a unicast prefix of the same AFI, with the path identifier. */
    public IpPrefix prefix() {
        return new IpPrefix(family.afi() == Family.AFI_IPV4 ? Family.IPV4_UNICAST : Family.IPV6_UNICAST, address,
                length, pathId);
    }

    /** Bytes on the wire. */
    public int encodedLength(boolean addPath) {
        return LabeledEntry.encodedLength(rawLabels.length, 0, length, addPath);
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        if (addPath) {
            out.writeInt(pathId);
        }
        LabeledEntry.write(out, rawLabels, 0, 0, address, length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabeledPrefix p && p.family.equals(family) && p.length == length && p.pathId == pathId
                && Arrays.equals(p.rawLabels, rawLabels) && Arrays.equals(p.address, address);
    }

    @Override
    public int hashCode() {
        return ((Arrays.hashCode(address) * 31 + length) * 31 + Arrays.hashCode(rawLabels)) * 31 + pathId;
    }

    /** The prefix, e.g. {@code 10.0.0.0/24}. */
    @Override
    public String toString() {
        return LabeledEntry.text(address, length);
    }
}
