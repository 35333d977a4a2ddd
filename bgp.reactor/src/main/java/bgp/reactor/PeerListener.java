package bgp.reactor;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: register a PeerListener service to receive every peer's events. Events of one peer arrive in order,
 * on a thread of the listener's own (never a session's): a slow or failing listener never affects a session. Each
 * listener has a bounded queue ({@value #QUEUE_LIMIT} events); when it is full, newer events for that listener are
 * counted and reported as one {@link PeerEvent.EventsLost} when the listener catches up. An exception thrown by a
 * listener is logged and the next event is delivered.
 */
@ConsumerType
public interface PeerListener {
    int QUEUE_LIMIT = 1_000_000;

    void onEvent(PeerEvent event);
}
