package bgp.codec.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.codec.BgpDecodeException;
import bgp.codec.Hex;
import bgp.codec.WireWriter;
import bgp.codec.message.Notification;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.NlriCodec;
import bgp.codec.nlri.NlriList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** What every NLRI decoder fuzz test checks, whatever the family; the family's own checks stay in its test. */
final class NlriFuzzing {
    private NlriFuzzing() {
    }

    /** Seeds given in hex, as the arguments of a fuzz test's {@code @MethodSource}. */
    static Stream<Arguments> hexSeeds(List<String> seeds) {
        List<Arguments> out = new ArrayList<>();
        for (String s : seeds) {
            out.add(Arguments.of((Object) Hex.decode(s)));
        }
        return out.stream();
    }

    /** A family's checks of a list a codec decoded. */
    @FunctionalInterface
    interface ListCheck<L extends NlriList> {
        void check(NlriCodec codec, L list, byte[] data, boolean addPath) throws BgpDecodeException;
    }

    /**
     * Decode {@code data} with each codec, with and without path identifiers ({@link #decodeOrInvalidField}), and
     * check each list decoded (nothing for a null input, which Jazzer gives).
     */
    @SuppressWarnings("unchecked")
    static <L extends NlriList> void decodeEach(byte[] data, List<NlriCodec> codecs, ListCheck<L> check)
            throws BgpDecodeException {
        if (data == null) {
            return;
        }
        for (NlriCodec codec : codecs) {
            for (boolean addPath : new boolean[] {false, true}) {
                NlriList l = decodeOrInvalidField(codec, data, addPath);
                if (l != null) {
                    check.check(codec, (L) l, data, addPath);
                }
            }
        }
    }

    /**
     * Decode a whole field. A decoder may refuse it only with UPDATE Message Error / Invalid Network Field (3/10):
     * then null.
     */
    static NlriList decodeOrInvalidField(NlriCodec codec, byte[] data, boolean addPath) {
        try {
            return codec.decode(data, 0, data.length, addPath);
        } catch (BgpDecodeException e) {
            assertEquals(Notification.UPDATE_MESSAGE_ERROR, e.code());
            assertEquals(Notification.INVALID_NETWORK_FIELD, e.subcode());
            return null;
        }
    }

    /**
     * The list is of the codec's family and encodes back to {@code data}: whole, entry by entry (the entries' lengths
     * adding up to it) and from its objects, each object with the entry's path identifier and printable.
     *
     * @return the objects, in order
     */
    @SuppressWarnings("unchecked")
    static <N extends Nlri> List<N> assertReencodes(NlriCodec codec, NlriList l, byte[] data, boolean addPath) {
        assertEquals(codec.family(), l.family());
        WireWriter all = new WireWriter();
        l.encodeAll(all, addPath);
        assertArrayEquals(data, all.toByteArray());
        WireWriter each = new WireWriter();
        WireWriter objects = new WireWriter();
        List<N> list = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < l.size(); i++) {
            l.encode(i, each, addPath);
            total += l.encodedLength(i, addPath);
            N n = (N) l.get(i);
            list.add(n);
            n.encode(objects, addPath);
            assertEquals(l.pathId(i), n.pathId());
            n.toString();
        }
        assertEquals(data.length, total);
        assertArrayEquals(data, each.toByteArray());
        assertArrayEquals(data, objects.toByteArray());
        return list;
    }

    /** Without path identifiers the entries decode again, as many as before. */
    static void assertDecodesAgainWithoutPathIds(NlriCodec codec, NlriList l) throws BgpDecodeException {
        WireWriter bare = new WireWriter();
        l.encodeAll(bare, false);
        byte[] b = bare.toByteArray();
        assertEquals(l.size(), codec.decode(b, 0, b.length, false).size());
    }
}
