package bgp.config.internal;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.Nlri;

/**
 * A configured route whose NLRI an earlier route of the same neighbor already has: ExaBGP sends every such route
 * of its configuration's {@code l2vpn} sections (its {@code conf-l2vpn} test expects the same VPLS NLRI twice, with
 * two attribute sets), where an Adj-RIB-Out keyed by NLRI would keep only the last. This NLRI is the same on the wire
 * but a different key: {@code equals} adds the ordinal (the number of earlier routes with the NLRI).
 *
 * @param nlri the NLRI sent
 * @param ordinal 1 for the second route with the NLRI, 2 for the third, ...
 */
record DistinctNlri(Nlri nlri, int ordinal) implements Nlri {
    @Override
    public Family family() {
        return nlri.family();
    }

    @Override
    public int pathId() {
        return nlri.pathId();
    }

    @Override
    public void encode(WireWriter out, boolean addPath) {
        nlri.encode(out, addPath);
    }

    @Override
    public String toString() {
        return nlri.toString();
    }
}
