package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HandOff}: a connection stops reading with {@value HandOff#HIGH} messages handed to another loop and not yet
 * run, reads again (on its own loop) once they are down to {@value HandOff#LOW}, not before; every message runs, in
 * order. The connection is an embedded channel (its loop runs when the test says), the other loop a real one the test
 * holds.
 */
class HandOffTest {
    private final DefaultEventLoop target = new DefaultEventLoop();

    @AfterEach
    void stop() throws InterruptedException {
        target.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
    }

    /** Block the target loop until the latch opens. */
    private void hold(CountDownLatch gate) {
        target.execute(() -> {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void awaitTarget() throws Exception {
        target.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void stopsReadingAtHighAndReadsAgainAtLowOnItsOwnLoop() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel();
        HandOff handOff = new HandOff(ch);
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch nearLow = new CountDownLatch(1);
        hold(gate);
        List<Integer> ran = new ArrayList<>(); // the target's thread only, read after it is done
        // after message k has run, HIGH - k - 1 wait: message HIGH - LOW - 2 leaves LOW + 1, and waits there
        int stopAt = HandOff.HIGH - HandOff.LOW - 2;
        for (int i = 0; i < HandOff.HIGH - 1; i++) {
            int k = i;
            handOff.hand(target, () -> {
                ran.add(k);
                if (k == stopAt) {
                    try {
                        nearLow.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        assertEquals(HandOff.HIGH - 1, handOff.waiting());
        assertTrue(ch.config().isAutoRead(), "still reading below " + HandOff.HIGH);
        handOff.hand(target, () -> ran.add(HandOff.HIGH - 1));
        assertFalse(ch.config().isAutoRead(), "stopped with " + HandOff.HIGH + " waiting");

        gate.countDown(); // the target runs up to message stopAt, and waits inside it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handOff.waiting() > HandOff.LOW + 2 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(HandOff.LOW + 2, handOff.waiting()); // message stopAt runs: not yet counted off
        ch.runPendingTasks();
        assertFalse(ch.config().isAutoRead(), "not reading with " + (HandOff.LOW + 2) + " waiting");

        nearLow.countDown();
        awaitTarget();
        assertEquals(0, handOff.waiting());
        assertFalse(ch.config().isAutoRead(), "reading resumes on the connection's loop, not the target's");
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead(), "reading again");

        assertEquals(HandOff.HIGH, ran.size());
        for (int i = 0; i < ran.size(); i++) {
            assertEquals(i, ran.get(i), "in order");
        }
        ch.finishAndReleaseAll();
    }

    @Test
    void aFailingMessageIsCountedOffAndTheOthersRun() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel();
        HandOff handOff = new HandOff(ch);
        CountDownLatch gate = new CountDownLatch(1);
        hold(gate);
        int[] ran = new int[1];
        for (int i = 0; i < HandOff.HIGH; i++) {
            int k = i;
            handOff.hand(target, () -> {
                if (k % 1000 == 0) { // 0, 1000, 2000, 3000, 4000
                    throw new IllegalStateException("message " + k);
                }
                ran[0]++;
            });
        }
        assertFalse(ch.config().isAutoRead());
        gate.countDown();
        awaitTarget();
        assertEquals(0, handOff.waiting(), "a failed message is no longer waiting");
        assertEquals(HandOff.HIGH - 5, ran[0]);
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead());
        ch.finishAndReleaseAll();
    }
}
