package bgp.codec.message;

import bgp.codec.capability.Capability;
import java.util.Arrays;
import java.util.List;

/** One optional parameter of an OPEN (RFC 4271 §4.2): a group of capabilities (type 2) or an unknown parameter. */
public sealed interface OptionalParameter {
    int TYPE_CAPABILITIES = 2;

    int type();

    /** Capabilities (RFC 5492): one parameter may hold several. */
    record Capabilities(List<Capability> capabilities) implements OptionalParameter {
        public Capabilities {
            capabilities = List.copyOf(capabilities);
        }

        @Override
        public int type() {
            return TYPE_CAPABILITIES;
        }
    }

    /** A parameter type no one knows; kept as bytes (a receiver answers Unsupported Optional Parameter). */
    final class Unknown implements OptionalParameter {
        private final int type;
        private final byte[] value;

        public Unknown(int type, byte[] value) {
            this.type = type;
            this.value = value.clone();
        }

        @Override
        public int type() {
            return type;
        }

        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown u && u.type == type && Arrays.equals(u.value, value);
        }

        @Override
        public int hashCode() {
            return type * 31 + Arrays.hashCode(value);
        }
    }
}
