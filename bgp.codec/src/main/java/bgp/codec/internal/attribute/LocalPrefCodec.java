package bgp.codec.internal.attribute;

import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.LocalPref;

/** LOCAL_PREF (RFC 4271 §4.3): 4 bytes, unsigned. */
public final class LocalPrefCodec extends FourOctetCodec {
    public LocalPrefCodec() {
        super(LocalPref.TYPE, Attribute.FLAG_TRANSITIVE, "LOCAL_PREF");
    }

    @Override
    Attribute of(int value) {
        return new LocalPref(value & 0xFFFFFFFFL);
    }

    @Override
    int valueOf(Attribute attribute) {
        return (int) ((LocalPref) attribute).value();
    }
}
