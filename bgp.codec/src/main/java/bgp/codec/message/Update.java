package bgp.codec.message;

import bgp.codec.BgpDecodeException;
import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.nlri.EmptyNlri;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.NlriList;
import java.util.List;
import java.util.Optional;

/**
 * UPDATE (RFC 4271 §4.3): IPv4 unicast withdrawn routes, path attributes in the order received (MP_REACH_NLRI and
 * MP_UNREACH_NLRI among them), IPv4 unicast NLRI. A decoded UPDATE also carries the RFC 7606 errors that did not
 * cost the session ({@link #errors()}) and the strongest resulting action ({@link #action()}): with
 * {@link ErrorAction#TREAT_AS_WITHDRAW} every NLRI it announces is to be taken as withdrawn.
 */
public final class Update implements Message {
    private final NlriList withdrawn;
    private final List<Attribute> attributes;
    private final NlriList nlri;
    private final List<BgpDecodeException> errors;
    private final ErrorAction action;

    public Update(NlriList withdrawn, List<? extends Attribute> attributes, NlriList nlri) {
        this(withdrawn, attributes, nlri, List.of());
    }

    /** An UPDATE with the errors found while decoding it. */
    public Update(NlriList withdrawn, List<? extends Attribute> attributes, NlriList nlri,
                  List<BgpDecodeException> errors) {
        if (!withdrawn.family().equals(Family.IPV4_UNICAST) || !nlri.family().equals(Family.IPV4_UNICAST)) {
            throw new IllegalArgumentException("the UPDATE body carries IPv4 unicast NLRI only");
        }
        this.withdrawn = withdrawn;
        this.attributes = List.copyOf(attributes);
        this.nlri = nlri;
        this.errors = List.copyOf(errors);
        ErrorAction a = ErrorAction.NONE;
        for (BgpDecodeException e : this.errors) {
            a = ErrorAction.strongest(a, e.action());
        }
        this.action = a;
    }

    /** Announce IPv4 unicast NLRI with attributes. */
    public static Update announce(List<? extends Attribute> attributes, NlriList nlri) {
        return new Update(Ipv4Prefixes.EMPTY, attributes, nlri);
    }

    /** The End-of-RIB marker of a family (RFC 4724 §2): an empty UPDATE for IPv4 unicast, else an empty MP_UNREACH. */
    public static Update endOfRib(Family family) {
        if (family.equals(Family.IPV4_UNICAST)) {
            return new Update(Ipv4Prefixes.EMPTY, List.of(), Ipv4Prefixes.EMPTY);
        }
        return new Update(Ipv4Prefixes.EMPTY, List.of(new MpUnreach(family, EmptyNlri.of(family))), Ipv4Prefixes.EMPTY);
    }

    /** IPv4 unicast withdrawn routes (the body's Withdrawn Routes field). */
    public NlriList withdrawn() {
        return withdrawn;
    }

    /** Path attributes in order. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** IPv4 unicast NLRI (the body's NLRI field). */
    public NlriList nlri() {
        return nlri;
    }

    /** The first attribute with a type code. */
    public Optional<Attribute> attribute(int typeCode) {
        for (Attribute a : attributes) {
            if (a.typeCode() == typeCode) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The first attribute of a class. */
    public <T extends Attribute> Optional<T> attribute(Class<T> type) {
        for (Attribute a : attributes) {
            if (type.isInstance(a)) {
                return Optional.of(type.cast(a));
            }
        }
        return Optional.empty();
    }

    public Optional<MpReach> mpReach() {
        return attribute(MpReach.class);
    }

    public Optional<MpUnreach> mpUnreach() {
        return attribute(MpUnreach.class);
    }

    /** Errors RFC 7606 let the session survive (attribute discarded, treat-as-withdraw, AFI/SAFI disable). */
    public List<BgpDecodeException> errors() {
        return errors;
    }

    /** The strongest action among {@link #errors()}; {@link ErrorAction#NONE} for a clean UPDATE. */
    public ErrorAction action() {
        return action;
    }

    /** The family whose End-of-RIB this UPDATE is, if it is one. */
    public Optional<Family> endOfRib() {
        if (!withdrawn.isEmpty() || !nlri.isEmpty()) {
            return Optional.empty();
        }
        if (attributes.isEmpty()) {
            return Optional.of(Family.IPV4_UNICAST);
        }
        if (attributes.size() == 1 && attributes.get(0) instanceof MpUnreach u && u.nlri().isEmpty()) {
            return Optional.of(u.family());
        }
        return Optional.empty();
    }

    @Override
    public int type() {
        return TYPE_UPDATE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Update u && u.withdrawn.equals(withdrawn) && u.attributes.equals(attributes)
                && u.nlri.equals(nlri);
    }

    @Override
    public int hashCode() {
        return (withdrawn.hashCode() * 31 + attributes.hashCode()) * 31 + nlri.hashCode();
    }

    @Override
    public String toString() {
        return "Update[withdrawn=" + withdrawn + ", attributes=" + attributes + ", nlri=" + nlri
                + (errors.isEmpty() ? "" : ", errors=" + errors) + "]";
    }
}
