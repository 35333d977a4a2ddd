package bgp.codec.attribute;

/**
 * ORIGIN (RFC 4271 §5.1.1, type 1, well-known mandatory): how the route entered BGP. Only the three values of the
 * RFC exist; use the constants ({@link #of(int)} returns them).
 */
public record Origin(int code) implements Attribute {
    public static final int TYPE = 1;

    public static final int CODE_IGP = 0;
    public static final int CODE_EGP = 1;
    public static final int CODE_INCOMPLETE = 2;

    public static final Origin IGP = new Origin(CODE_IGP);
    public static final Origin EGP = new Origin(CODE_EGP);
    public static final Origin INCOMPLETE = new Origin(CODE_INCOMPLETE);

    public Origin {
        if (code < CODE_IGP || code > CODE_INCOMPLETE) {
            throw new IllegalArgumentException("invalid origin " + code);
        }
    }

    /** The constant for a wire code 0..2. */
    public static Origin of(int code) {
        return switch (code) {
            case CODE_IGP -> IGP;
            case CODE_EGP -> EGP;
            case CODE_INCOMPLETE -> INCOMPLETE;
            default -> throw new IllegalArgumentException("invalid origin " + code);
        };
    }

    /**
     * The origin named as in ExaBGP's configuration and JSON ({@code igp}, {@code egp}, {@code incomplete}; case
     * ignored).
     *
     * @throws IllegalArgumentException {@code invalid origin <text>}
     */
    public static Origin parse(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "igp" -> IGP;
            case "egp" -> EGP;
            case "incomplete" -> INCOMPLETE;
            default -> throw new IllegalArgumentException("invalid origin " + text);
        };
    }

    /** ExaBGP's name: {@code igp}, {@code egp} or {@code incomplete}. */
    public String name() {
        return switch (code) {
            case CODE_IGP -> "igp";
            case CODE_EGP -> "egp";
            default -> "incomplete";
        };
    }

    @Override
    public int typeCode() {
        return TYPE;
    }

    @Override
    public int flags() {
        return FLAG_TRANSITIVE;
    }

    @Override
    public String toString() {
        return name();
    }
}
