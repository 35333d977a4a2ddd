package bgp.reactor;

import bgp.codec.Family;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.RouteRefresh;
import bgp.codec.message.Update;

/**
 * What happened on a peer's session, delivered to {@link PeerListener}s in the order it happened, per peer.
 * {@code peer} is the neighbor as configured when the event occurred.
 */
public sealed interface PeerEvent {
    Neighbor peer();

    /** The session changed state; {@code reason} says why it went down (empty otherwise). */
    record StateChanged(Neighbor peer, PeerState from, PeerState to, String reason) implements PeerEvent {
        /** ExaBGP's state words: {@code connected} (TCP up), {@code up} (Established), {@code down}. */
        public String exabgpState() {
            if (to == PeerState.ESTABLISHED) {
                return "up";
            }
            if (to == PeerState.OPEN_SENT && (from == PeerState.CONNECT || from == PeerState.ACTIVE)) {
                return "connected";
            }
            return from == PeerState.ESTABLISHED || to == PeerState.IDLE ? "down" : to.exabgpName();
        }
    }

    /** An OPEN was sent ({@code received} false) or received, with its bytes. */
    record OpenMessage(Neighbor peer, boolean received, Open open, byte[] raw) implements PeerEvent {
    }

    /** An UPDATE was received: decoded, and its bytes (header included). */
    record UpdateReceived(Neighbor peer, Update update, byte[] raw) implements PeerEvent {
    }

    /** A NOTIFICATION was sent or received. */
    record NotificationMessage(Neighbor peer, boolean received, Notification notification) implements PeerEvent {
    }

    /** A KEEPALIVE was received. */
    record KeepaliveReceived(Neighbor peer) implements PeerEvent {
    }

    /** A ROUTE-REFRESH was received. */
    record RouteRefreshReceived(Neighbor peer, RouteRefresh refresh) implements PeerEvent {
    }

    /** The peer finished sending a family's table (RFC 4724 End-of-RIB). */
    record EndOfRibReceived(Neighbor peer, Family family) implements PeerEvent {
    }

    /**
     * The listener fell behind and {@code count} events of this peer were not delivered to it (its queue was full);
     * delivered once the listener has caught up, before any newer event.
     */
    record EventsLost(Neighbor peer, long count) implements PeerEvent {
    }
}
