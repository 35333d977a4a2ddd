package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.attribute.Attribute;
import bgp.rib.AdjRibIn;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.RibFactory;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link RibFactory} service: one {@link Interner} for every RIB it makes. It holds the {@link MessageCodec}
 * (static, mandatory) because attribute sets are interned on their canonical wire bytes. Usable without OSGi:
 * {@code new RibFactoryComponent(codec)}.
 */
@Component(service = RibFactory.class)
public final class RibFactoryComponent implements RibFactory {
    private final SetCodec codec;
    private final Interner interner = new Interner();
    /** Sets built from routes, by attribute list: the same routes sent to many peers are encoded once. */
    private final SetCache setCache = new SetCache(1 << 18);

    @Activate
    public RibFactoryComponent(@Reference MessageCodec codec) {
        this.codec = new SetCodec(Objects.requireNonNull(codec, "codec"));
    }

    @Override
    public AdjRibIn newAdjRibIn(boolean enabled) {
        return new AdjRibInImpl(interner, codec, enabled);
    }

    @Override
    public AdjRibOut newAdjRibOut(AdjRibOut.Grouping grouping) {
        return new AdjRibOutImpl(interner, codec, Objects.requireNonNull(grouping, "grouping"), setCache);
    }

    @Override
    public AttributeSet attributes(Family family, byte[] nextHop, List<? extends Attribute> attributes) {
        return new SetBuilder(codec, interner).route(family, nextHop, attributes, false);
    }

    @Override
    public int attributeSets() {
        return interner.size();
    }

    /** The codec this factory was given. */
    MessageCodec codec() {
        return codec.codec;
    }

    /** The interner, for tests. */
    Interner interner() {
        return interner;
    }
}
