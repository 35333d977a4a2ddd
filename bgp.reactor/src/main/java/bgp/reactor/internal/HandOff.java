package bgp.reactor.internal;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection's messages handed to another event loop (an accepted connection may live on one loop and its peer on
 * the other), bounded: with {@value #HIGH} handed over and not yet run, the connection stops reading (TCP then slows
 * the sender, as it does when the peer's own loop reads), and it reads again once they are down to {@value #LOW}.
 * Without the bound a sender faster than the peer's loop filled the heap with waiting messages (5 GB in the churn
 * benchmark) and starved every other task of that loop. One per connection.
 */
final class HandOff {
    /** Messages handed over and not yet run at which the connection stops reading. */
    static final int HIGH = 4096;
    /** ... and at which it reads again. */
    static final int LOW = 1024;

    private final Channel channel;
    private final AtomicInteger waiting = new AtomicInteger();

    HandOff(Channel channel) {
        this.channel = channel;
    }

    /** On the connection's loop: run {@code task} on {@code target}, in order; stop reading at {@link #HIGH}. */
    void hand(EventLoop target, Runnable task) {
        int now = waiting.incrementAndGet();
        target.execute(() -> {
            try {
                task.run();
            } finally {
                if (waiting.decrementAndGet() == LOW) {
                    channel.eventLoop().execute(this::readAgainIfDrained);
                }
            }
        });
        if (now >= HIGH && channel.config().isAutoRead()) {
            channel.config().setAutoRead(false);
            readAgainIfDrained(); // the target may have caught up meanwhile
        }
    }

    /** Handed over and not yet run. */
    int waiting() {
        return waiting.get();
    }

    /** On the connection's loop (as the stop): read again when few handed-over messages wait. */
    private void readAgainIfDrained() {
        if (waiting.get() <= LOW && !channel.config().isAutoRead()) {
            channel.config().setAutoRead(true);
        }
    }
}
