package bgp.codec.message;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * NOTIFICATION (RFC 4271 §4.5): error code, subcode and data. Names come from RFC 4271, RFC 4486, RFC 5492,
 * RFC 6608, RFC 7313, RFC 8538 and RFC 9234; Cease Administrative Shutdown/Reset carry an RFC 9003 shutdown
 * communication ({@link #shutdown(int, String)}, {@link #communication()}).
 */
public final class Notification implements Message {
    public static final int MESSAGE_HEADER_ERROR = 1;
    public static final int OPEN_MESSAGE_ERROR = 2;
    public static final int UPDATE_MESSAGE_ERROR = 3;
    public static final int HOLD_TIMER_EXPIRED = 4;
    public static final int FSM_ERROR = 5;
    public static final int CEASE = 6;
    public static final int ROUTE_REFRESH_MESSAGE_ERROR = 7;

    // Message Header Error
    public static final int CONNECTION_NOT_SYNCHRONIZED = 1;
    public static final int BAD_MESSAGE_LENGTH = 2;
    public static final int BAD_MESSAGE_TYPE = 3;
    // OPEN Message Error
    public static final int UNSUPPORTED_VERSION_NUMBER = 1;
    public static final int BAD_PEER_AS = 2;
    public static final int BAD_BGP_IDENTIFIER = 3;
    public static final int UNSUPPORTED_OPTIONAL_PARAMETER = 4;
    public static final int UNACCEPTABLE_HOLD_TIME = 6;
    public static final int UNSUPPORTED_CAPABILITY = 7;
    public static final int ROLE_MISMATCH = 11;
    // UPDATE Message Error
    public static final int MALFORMED_ATTRIBUTE_LIST = 1;
    public static final int UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;
    public static final int MISSING_WELL_KNOWN_ATTRIBUTE = 3;
    public static final int ATTRIBUTE_FLAGS_ERROR = 4;
    public static final int ATTRIBUTE_LENGTH_ERROR = 5;
    public static final int INVALID_ORIGIN_ATTRIBUTE = 6;
    public static final int INVALID_NEXT_HOP_ATTRIBUTE = 8;
    public static final int OPTIONAL_ATTRIBUTE_ERROR = 9;
    public static final int INVALID_NETWORK_FIELD = 10;
    public static final int MALFORMED_AS_PATH = 11;
    // Cease
    public static final int MAXIMUM_PREFIXES_REACHED = 1;
    public static final int ADMINISTRATIVE_SHUTDOWN = 2;
    public static final int PEER_DECONFIGURED = 3;
    public static final int ADMINISTRATIVE_RESET = 4;
    public static final int CONNECTION_REJECTED = 5;
    public static final int OTHER_CONFIGURATION_CHANGE = 6;
    public static final int CONNECTION_COLLISION_RESOLUTION = 7;
    public static final int OUT_OF_RESOURCES = 8;
    public static final int HARD_RESET = 9;
    public static final int BFD_DOWN = 10;
    // ROUTE-REFRESH Message Error
    public static final int INVALID_MESSAGE_LENGTH = 1;

    /** Longest RFC 9003 shutdown communication, in UTF-8 bytes. */
    public static final int MAX_COMMUNICATION_LENGTH = 255;

    private static final String[] CODES = {
        null, "Message header error", "OPEN message error", "UPDATE message error", "Hold timer expired",
        "State machine error", "Cease", "Route refresh message error"};
    private static final String[][] SUBCODES = {
        {},
        {"Unspecific", "Connection not synchronised", "Bad message length", "Bad message type"},
        {"Unspecific", "Unsupported version number", "Bad peer AS", "Bad BGP identifier",
            "Unsupported optional parameter", "Authentication notification (deprecated)", "Unacceptable hold time",
            "Unsupported capability", "Grouping conflict (deprecated)", "Grouping rejection (deprecated)",
            "Capability mismatch (deprecated)", "Role mismatch"},
        {"Unspecific", "Malformed attribute list", "Unrecognized well-known attribute",
            "Missing well-known attribute", "Attribute flags error", "Attribute length error",
            "Invalid ORIGIN attribute", "AS routing loop (deprecated)", "Invalid NEXT_HOP attribute",
            "Optional attribute error", "Invalid network field", "Malformed AS_PATH"},
        {"Unspecific"},
        {"Unspecific", "Receive unexpected message in OpenSent state",
            "Receive unexpected message in OpenConfirm state", "Receive unexpected message in Established state"},
        {"Unspecific", "Maximum number of prefixes reached", "Administrative shutdown", "Peer de-configured",
            "Administrative reset", "Connection rejected", "Other configuration change",
            "Connection collision resolution", "Out of resources", "Hard reset", "BFD down"},
        {"Unspecific", "Invalid message length"}};

    private final int code;
    private final int subcode;
    private final byte[] data;

    public Notification(int code, int subcode, byte[] data) {
        if (code < 0 || code > 255 || subcode < 0 || subcode > 255) {
            throw new IllegalArgumentException("notification code/subcode out of range: " + code + "/" + subcode);
        }
        this.code = code;
        this.subcode = subcode;
        this.data = data == null ? new byte[0] : data.clone();
    }

    public Notification(int code, int subcode) {
        this(code, subcode, null);
    }

    /**
     * A Cease with an RFC 9003 shutdown communication ({@code subcode} is normally Administrative Shutdown or
     * Administrative Reset). A text longer than 255 UTF-8 bytes is cut at a character boundary.
     */
    public static Notification shutdown(int subcode, String communication) {
        byte[] text = truncateUtf8(communication == null ? "" : communication, MAX_COMMUNICATION_LENGTH);
        byte[] data = new byte[text.length + 1];
        data[0] = (byte) text.length;
        System.arraycopy(text, 0, data, 1, text.length);
        return new Notification(CEASE, subcode, data);
    }

    private static byte[] truncateUtf8(String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) {
            return b;
        }
        int end = max;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }

    public int code() {
        return code;
    }

    public int subcode() {
        return subcode;
    }

    /** The data field (a copy). */
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }

    byte[] dataUnsafe() {
        return data;
    }

    /**
     * The RFC 9003 shutdown communication of a Cease Administrative Shutdown/Reset, when the data holds a
     * well-formed one (length byte matching the rest, valid UTF-8).
     */
    public Optional<String> communication() {
        if (code != CEASE || (subcode != ADMINISTRATIVE_SHUTDOWN && subcode != ADMINISTRATIVE_RESET)
                || data.length == 0 || (data[0] & 0xFF) != data.length - 1) {
            return Optional.empty();
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return Optional.of(decoder.decode(java.nio.ByteBuffer.wrap(data, 1, data.length - 1)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Name of an error code, e.g. {@code "Cease"}. */
    public static String codeName(int code) {
        return code > 0 && code < CODES.length ? CODES[code] : "Unknown error code " + code;
    }

    /** Name of a subcode of an error code, e.g. {@code "Peer de-configured"}. */
    public static String subcodeName(int code, int subcode) {
        if (code > 0 && code < SUBCODES.length && subcode >= 0 && subcode < SUBCODES[code].length) {
            return SUBCODES[code][subcode];
        }
        return "Unknown subcode " + subcode;
    }

    /** {@code "<code name> / <subcode name>"}. */
    public String description() {
        return codeName(code) + " / " + subcodeName(code, subcode);
    }

    @Override
    public int type() {
        return TYPE_NOTIFICATION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notification n && n.code == code && n.subcode == subcode && Arrays.equals(n.data, data);
    }

    @Override
    public int hashCode() {
        return (code * 31 + subcode) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Notification[" + code + "/" + subcode + " " + description()
                + communication().map(c -> " \"" + c + "\"").orElse("")
                + (data.length == 0 ? "" : " data=" + bgp.codec.Hex.encode(data)) + "]";
    }
}
