package bgp.rib.internal;

import bgp.codec.MessageCodec;
import bgp.rib.AdjRibIn;
import bgp.rib.RibFactory;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link RibFactory} service. It holds the {@link MessageCodec} (static, mandatory) because the RIB's attribute
 * interning hashes attributes on their canonical wire bytes.
 */
@Component(service = RibFactory.class)
public final class RibFactoryComponent implements RibFactory {
    private final MessageCodec codec;

    @Activate
    public RibFactoryComponent(@Reference MessageCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public AdjRibIn newAdjRibIn() {
        return new HashAdjRibIn();
    }

    /** The codec this factory was given. */
    MessageCodec codec() {
        return codec;
    }
}
