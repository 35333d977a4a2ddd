package bgp.codec.message;

import bgp.codec.capability.Capability;
import bgp.codec.capability.FourOctetAsCapability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OPEN (RFC 4271 §4.2). {@code myAutonomousSystem} is the 2-byte field as sent (AS_TRANS, 23456, for a 4-byte AS);
 * {@link #asn()} is the speaker's real AS. Optional parameters are kept in order and grouping, so a decoded OPEN
 * encodes to the same bytes; RFC 9072 extended parameter lengths are read, and written when the parameters need it.
 */
public record Open(int version, int myAutonomousSystem, int holdTime, int bgpIdentifier,
                   List<OptionalParameter> parameters) implements Message {
    public static final int VERSION = 4;
    public static final int AS_TRANS = 23456;

    public Open {
        if (version < 0 || version > 255) {
            throw new IllegalArgumentException("version out of range: " + version);
        }
        if (myAutonomousSystem < 0 || myAutonomousSystem > 0xFFFF) {
            throw new IllegalArgumentException("2-byte AS field out of range: " + myAutonomousSystem);
        }
        if (holdTime < 0 || holdTime > 0xFFFF) {
            throw new IllegalArgumentException("hold time out of range: " + holdTime);
        }
        parameters = List.copyOf(parameters);
    }

    /**
     * An OPEN as this speaker sends it: version 4, each capability in its own optional parameter (as ExaBGP does),
     * AS_TRANS in the 2-byte field when {@code asn} needs 4 bytes.
     */
    public static Open of(long asn, int holdTime, int bgpIdentifier, List<? extends Capability> capabilities) {
        if (asn < 0 || asn > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid ASN " + asn);
        }
        List<OptionalParameter> params = new ArrayList<>(capabilities.size());
        for (Capability c : capabilities) {
            params.add(new OptionalParameter.Capabilities(List.of(c)));
        }
        return new Open(VERSION, asn > 0xFFFF ? AS_TRANS : (int) asn, holdTime, bgpIdentifier, params);
    }

    /** Every capability, in order, across parameters. */
    public List<Capability> capabilities() {
        List<Capability> out = new ArrayList<>();
        for (OptionalParameter p : parameters) {
            if (p instanceof OptionalParameter.Capabilities c) {
                out.addAll(c.capabilities());
            }
        }
        return out;
    }

    /** The first capability of a type. */
    public <T extends Capability> Optional<T> capability(Class<T> type) {
        for (OptionalParameter p : parameters) {
            if (p instanceof OptionalParameter.Capabilities c) {
                for (Capability cap : c.capabilities()) {
                    if (type.isInstance(cap)) {
                        return Optional.of(type.cast(cap));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every capability of a type. */
    public <T extends Capability> List<T> capabilities(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Capability cap : capabilities()) {
            if (type.isInstance(cap)) {
                out.add(type.cast(cap));
            }
        }
        return out;
    }

    /** The speaker's AS: from the 4-octet AS capability when present, else the 2-byte field. */
    public long asn() {
        return capability(FourOctetAsCapability.class).map(FourOctetAsCapability::asn)
                .orElse((long) myAutonomousSystem);
    }

    @Override
    public int type() {
        return TYPE_OPEN;
    }
}
