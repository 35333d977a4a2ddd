package bgp.codec.internal.nlri;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.message.Notification;

/** What the NLRI codecs share: the one error they throw. */
final class Nlris {
    private Nlris() {
    }

    /** UPDATE Message Error / Invalid Network Field (3/10), session reset (the caller may soften the action). */
    static BgpDecodeException invalid(Family family, String why) {
        return BgpDecodeException.reset(Notification.UPDATE_MESSAGE_ERROR, Notification.INVALID_NETWORK_FIELD, null,
                "invalid " + family + " NLRI: " + why);
    }
}
