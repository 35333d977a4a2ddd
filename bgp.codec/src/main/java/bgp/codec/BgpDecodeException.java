package bgp.codec;

import java.util.Arrays;

/**
 * Malformed input: carries the exact NOTIFICATION (code, subcode, data) a speaker sends when the error resets the
 * session, and the RFC 7606 {@link ErrorAction} that applies. Decoders throw nothing else for any input.
 * No stack trace is captured: this is a data-carrying result of parsing untrusted bytes, thrown on a hot path.
 */
public final class BgpDecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final byte[] NO_DATA = new byte[0];

    private final int code;
    private final int subcode;
    private final byte[] data;
    private final ErrorAction action;

    public BgpDecodeException(int code, int subcode, byte[] data, ErrorAction action, String message) {
        super(message, null, false, false);
        this.code = code;
        this.subcode = subcode;
        this.data = data == null ? NO_DATA : data;
        this.action = action;
    }

    /** A session-reset error with the given NOTIFICATION fields. */
    public static BgpDecodeException reset(int code, int subcode, byte[] data, String message) {
        return new BgpDecodeException(code, subcode, data, ErrorAction.SESSION_RESET, message);
    }

    /**
     * A malformed NLRI field of a family: UPDATE Message Error / Invalid Network Field (3/10), session reset (the
     * UPDATE codec turns it into AFI/SAFI disable where RFC 7606 allows), message {@code invalid <family> NLRI: why}.
     */
    public static BgpDecodeException invalidNlri(Family family, String why) {
        return reset(bgp.codec.message.Notification.UPDATE_MESSAGE_ERROR,
                bgp.codec.message.Notification.INVALID_NETWORK_FIELD, null, "invalid " + family + " NLRI: " + why);
    }

    /** The same error with another action (the NOTIFICATION fields stay). */
    public BgpDecodeException withAction(ErrorAction newAction) {
        return newAction == action ? this : new BgpDecodeException(code, subcode, data, newAction, getMessage());
    }

    /** NOTIFICATION error code (RFC 4271 §4.5). */
    public int code() {
        return code;
    }

    /** NOTIFICATION error subcode. */
    public int subcode() {
        return subcode;
    }

    /** NOTIFICATION data (a copy). */
    public byte[] data() {
        return data.clone();
    }

    /** What the receiver does about it. */
    public ErrorAction action() {
        return action;
    }

    @Override
    public String toString() {
        return "BgpDecodeException[" + code + "/" + subcode + " " + action + ": " + getMessage()
                + (data.length == 0 ? "" : " data=" + Hex.encode(data)) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BgpDecodeException e && e.code == code && e.subcode == subcode && e.action == action
                && Arrays.equals(e.data, data);
    }

    @Override
    public int hashCode() {
        return (code * 31 + subcode) * 31 + Arrays.hashCode(data);
    }
}
