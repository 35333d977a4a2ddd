package bgp.codec.nlri;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Base for the codec's {@link NlriList} implementations that keep one NLRI field as its wire bytes plus the start of
 * each entry: {@code data} is the field as on the wire (path identifiers included when {@link #hasPathIds()}), entry
 * {@code i} starts at {@link #entryStart entryStart(i)} (at its path identifier when the list carries them). Meant for
 * implementations inside the codec bundle, not for users of lists. Subclasses are immutable.
 *
 * <p>Equal lists are of the same class and family, have the same size, both carry path identifiers or neither, and
 * have the same bytes; the hash is that of the bytes; {@link #toString} lists the entries as {@code [a, b]}.
 */
public abstract class IndexedNlriList implements NlriList {
    /** The field as on the wire; never changed. */
    protected final byte[] data;
    /** The start of each entry in {@link #data} (at least {@link #size} of them); may be null when
     * {@link #entryStart} is overridden. */
    protected final int[] offsets;
    /** The number of entries. */
    protected final int size;
    /** Whether every entry starts with a 4-byte path identifier. */
    protected final boolean pathIds;

    protected IndexedNlriList(byte[] data, int[] offsets, int size, boolean pathIds) {
        this.data = data;
        this.offsets = offsets;
        this.size = size;
        this.pathIds = pathIds;
    }

    /**
     * Throws IndexOutOfBoundsException when a decoded field {@code [off, off + len)} is not inside {@code buf}.
     */
    protected static void checkField(byte[] buf, int off, int len) {
        if (off < 0 || len < 0 || off + len > buf.length) {
            throw new IndexOutOfBoundsException("field [" + off + ", " + (off + len) + ") of " + buf.length);
        }
    }

    /** Routes encoded one after another: the bytes, where each starts, and whether they carry path identifiers. */
    protected record Encoded(byte[] data, int[] offsets, boolean pathIds) {
    }

    /**
     * The routes' wire form one after another, with path identifiers when one of them is not 0 (for a subclass's
     * {@code of(List)}).
     *
     * @throws IllegalArgumentException when the routes are not all of one family ({@code kind} names them)
     */
    protected static Encoded encodeAll(List<? extends Nlri> routes, String kind) {
        Family family = routes.isEmpty() ? null : routes.get(0).family();
        boolean ids = false;
        for (Nlri r : routes) {
            if (!r.family().equals(family)) {
                throw new IllegalArgumentException(kind + " routes of different families");
            }
            ids |= r.pathId() != 0;
        }
        WireWriter w = new WireWriter(Math.max(16, routes.size() * 32));
        int[] offsets = new int[routes.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = w.position();
            routes.get(i).encode(w, ids);
        }
        return new Encoded(w.toByteArray(), offsets, ids);
    }

    /** {@code offsets}, or a copy twice as long (at least 1) when it has no room at index {@code n}. */
    protected static int[] withRoom(int[] offsets, int n) {
        return n < offsets.length ? offsets : Arrays.copyOf(offsets, Math.max(1, 2 * offsets.length));
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final boolean hasPathIds() {
        return pathIds;
    }

    /** Where entry {@code i} (already checked) starts in {@link #data}, at its path identifier if any. */
    protected int entryStart(int i) {
        return offsets[i];
    }

    /**
     * Where entry {@code i} starts in {@link #data} after its path identifier.
     *
     * @throws IndexOutOfBoundsException when {@code i} is not an entry
     */
    protected final int at(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return entryStart(i) + (pathIds ? 4 : 0);
    }

    @Override
    public final int pathId(int i) {
        int p = at(i) - 4;
        return pathIds ? (data[p] & 0xFF) << 24 | (data[p + 1] & 0xFF) << 16 | (data[p + 2] & 0xFF) << 8
                | data[p + 3] & 0xFF : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedNlriList l && l.getClass() == getClass() && l.size == size && l.pathIds == pathIds
                && l.family().equals(family()) && Arrays.equals(l.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : ", ").append(get(i));
        }
        return b.append(']').toString();
    }
}
