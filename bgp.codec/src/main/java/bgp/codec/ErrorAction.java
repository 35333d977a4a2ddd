package bgp.codec;

/**
 * What a receiver does about a malformed UPDATE (RFC 7606 §2), ordered from weakest to strongest: when several
 * errors are found in one message, the strongest action wins ({@link #strongest(ErrorAction, ErrorAction)}).
 */
public enum ErrorAction {
    /** Nothing is wrong. */
    NONE,
    /** The malformed attribute is dropped; the rest of the UPDATE is processed (RFC 7606 attribute-discard). */
    ATTRIBUTE_DISCARD,
    /** Every NLRI of the UPDATE is treated as withdrawn (RFC 7606 treat-as-withdraw). */
    TREAT_AS_WITHDRAW,
    /** The AFI/SAFI of the malformed MP attribute is disabled on the session (RFC 4760 §7, RFC 7606 §2). */
    AFI_SAFI_DISABLE,
    /** The session is reset with a NOTIFICATION (RFC 4271 §6). */
    SESSION_RESET;

    /** The stronger of two actions. */
    public static ErrorAction strongest(ErrorAction a, ErrorAction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
