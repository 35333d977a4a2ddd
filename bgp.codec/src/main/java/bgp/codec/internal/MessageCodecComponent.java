package bgp.codec.internal;

import bgp.codec.BgpDecodeException;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.AttributeCodec;
import bgp.codec.capability.CapabilityCodec;
import bgp.codec.message.Message;
import bgp.codec.nlri.NlriCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link MessageCodec} service: the built-in tables plus every {@link AttributeCodec}, {@link NlriCodec} and
 * {@link CapabilityCodec} service (dynamic, greedy). A codec service replaces the built-in one of the same key; the
 * tables are rebuilt as one snapshot whenever a codec service comes or goes, so decoding never sees a half-built
 * table and never blocks.
 */
@Component(service = MessageCodec.class)
public final class MessageCodecComponent implements MessageCodec {
    private final List<AttributeCodec> attributeServices = new CopyOnWriteArrayList<>();
    private final List<CapabilityCodec> capabilityServices = new CopyOnWriteArrayList<>();
    private final List<NlriCodec> nlriServices = new CopyOnWriteArrayList<>();
    private volatile CodecTables tables = BuiltinCodecs.tables();
    private final WireMessageCodec codec = new WireMessageCodec(() -> tables);

    @Activate
    void activate() {
        rebuild();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAttributeCodec(AttributeCodec c) {
        attributeServices.add(c);
        rebuild();
    }

    void removeAttributeCodec(AttributeCodec c) {
        attributeServices.remove(c);
        rebuild();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCapabilityCodec(CapabilityCodec c) {
        capabilityServices.add(c);
        rebuild();
    }

    void removeCapabilityCodec(CapabilityCodec c) {
        capabilityServices.remove(c);
        rebuild();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addNlriCodec(NlriCodec c) {
        nlriServices.add(c);
        rebuild();
    }

    void removeNlriCodec(NlriCodec c) {
        nlriServices.remove(c);
        rebuild();
    }

    private synchronized void rebuild() {
        tables = new CodecTables(concat(BuiltinCodecs.attributes(), attributeServices),
                concat(BuiltinCodecs.capabilities(), capabilityServices), concat(BuiltinCodecs.nlri(), nlriServices));
    }

    private static <T> List<T> concat(List<T> builtin, List<T> services) {
        List<T> all = new ArrayList<>(builtin);
        all.addAll(services);
        return all;
    }

    /** The current tables (for tests and diagnostics). */
    CodecTables tables() {
        return tables;
    }

    @Override
    public int checkHeader(byte[] buf, int off, int maxMessageSize) throws BgpDecodeException {
        return codec.checkHeader(buf, off, maxMessageSize);
    }

    @Override
    public Message decode(byte[] buf, int off, int len, OpenContext context) throws BgpDecodeException {
        return codec.decode(buf, off, len, context);
    }

    @Override
    public void encode(Message message, OpenContext context, WireWriter out) {
        codec.encode(message, context, out);
    }
}
