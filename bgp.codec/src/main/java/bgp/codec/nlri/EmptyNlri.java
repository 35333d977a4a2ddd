package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;

/** No NLRI of a family: the content of an End-of-RIB MP_UNREACH_NLRI. */
public final class EmptyNlri implements NlriList {
    private final Family family;

    private EmptyNlri(Family family) {
        this.family = family;
    }

    /** No NLRI of {@code family}. */
    public static NlriList of(Family family) {
        return new EmptyNlri(family);
    }

    @Override
    public Family family() {
        return family;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int pathId(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public boolean hasPathIds() {
        return false;
    }

    @Override
    public Nlri get(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public int encodedLength(int i, boolean addPath) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public void encode(int i, WireWriter out, boolean addPath) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NlriList l && l.isEmpty() && l.family().equals(family);
    }

    @Override
    public int hashCode() {
        return family.hashCode();
    }

    @Override
    public String toString() {
        return family + " []";
    }
}
