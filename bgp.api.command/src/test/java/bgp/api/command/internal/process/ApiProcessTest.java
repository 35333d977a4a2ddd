package bgp.api.command.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs of the process API: commands in order and answered, a program that does not read, respawn limits. */
class ApiProcessTest {
    @TempDir
    Path dir;

    /** Answers {@code echo <words>} with the words then {@code done}, anything else with an error. */
    static CommandDispatcher dispatcher() {
        return dispatcher(null);
    }

    /** As {@link #dispatcher()}, logging each line run and the batches' bounds to {@code log} (if not null). */
    static CommandDispatcher dispatcher(List<String> log) {
        return new CommandDispatcher() {
            @Override
            public void batch(Runnable work) {
                if (log != null) {
                    log.add("batch start");
                }
                work.run();
                if (log != null) {
                    log.add("batch end");
                }
            }

            @Override
            public boolean dispatch(String line, CommandOutput out) {
                if (log != null) {
                    log.add(line);
                }
                if (line.startsWith("echo ")) {
                    out.println(line.substring(5));
                    out.println("done");
                    return true;
                }
                out.println("error: unknown command");
                out.println("error");
                return false;
            }

            @Override
            public List<CommandInfo> commands() {
                return List.of(new CommandInfo("echo", false, ""));
            }
        };
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aBurstOf100000CommandsIsRunInOrderAndEachAnswered() throws Exception {
        Path answers = dir.resolve("answers");
        // the program reads its answers while it writes its commands, as a well-behaved API program does (an
        // asynchronous list's stdin is /dev/null in sh unless given explicitly: hence fd 3)
        List<String> argv = List.of("/bin/sh", "-c",
                "exec 3<&0; cat <&3 > answers & awk 'BEGIN { for (i = 0; i < 100000; i++) print \"echo \" i }'; wait");
        try (ApiProcess p = new ApiProcess("burst", argv, dir, dispatcher(), 10_000, 0)) {
            p.start();
            await("100,000 commands", Duration.ofSeconds(60), () -> p.commands() == 100_000);
            await("200,000 answer lines", Duration.ofSeconds(30), () -> lines(answers) >= 200_000);
        }
        List<String> got = Files.readAllLines(answers);
        assertEquals(200_000, got.size());
        for (int i = 0; i < 100_000; i++) {
            if (!got.get(2 * i).equals(Integer.toString(i)) || !got.get(2 * i + 1).equals("done")) {
                throw new AssertionError("answer " + i + " out of order: " + got.get(2 * i) + " / " + got.get(2 * i + 1));
            }
        }
    }

    private static long lines(Path file) {
        try (var s = Files.lines(file)) {
            return s.count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    @Test
    void aProgramThatDoesNotReadIsThrottledAndEventsBeyondTheBoundAreCounted() throws Exception {
        // writes commands forever and never reads its input
        List<String> argv = List.of("/bin/sh", "-c", "yes 'echo x'");
        try (ApiProcess p = new ApiProcess("deaf", argv, dir, dispatcher(), 1_000, 0)) {
            p.start();
            await("the buffer to fill", Duration.ofSeconds(20), () -> p.commands() > 1_000);
            Thread.sleep(500);
            long throttled = p.commands();
            Thread.sleep(500);
            assertEquals(throttled, p.commands(), "its commands are no longer read while it does not read");
            long t0 = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                p.event("{\"type\": \"keepalive\"}");
            }
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "events never block the caller");
            assertTrue(p.alive());
        }
    }

    @Test
    void acknowledgementsCanBeTurnedOffAndSilenced() throws Exception {
        Path answers = dir.resolve("answers");
        List<String> argv = List.of("/bin/sh", "-c", "exec 3<&0; cat <&3 > answers & "
                + "printf 'echo 1\\ndisable-ack\\necho 2\\nbogus\\nenable-ack\\necho 3\\nsilence-ack\\necho 4\\n'; wait");
        try (ApiProcess p = new ApiProcess("acks", argv, dir, dispatcher(), 100, 0)) {
            p.start();
            await("8 commands", Duration.ofSeconds(10), () -> p.commands() == 8);
            await("the answers", Duration.ofSeconds(10), () -> lines(answers) >= 7);
            Thread.sleep(200);
        }
        assertEquals(List.of("1", "done", "done", "2", "done", "3", "done"), Files.readAllLines(answers));
    }

    @Test
    void aGroupRunsAtGroupEndAsOneBatchEachCommandAnswered() throws Exception {
        Path answers = dir.resolve("answers");
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> argv = List.of("/bin/sh", "-c", "exec 3<&0; cat <&3 > answers & "
                + "printf 'echo 0\ngroup start\necho 1\nbogus\necho 2\ngroup end\ngroup end\necho 3\n'; wait");
        try (ApiProcess p = new ApiProcess("group", argv, dir, dispatcher(log), 100, 0)) {
            p.start();
            await("8 commands", Duration.ofSeconds(10), () -> p.commands() == 8);
            await("the answers", Duration.ofSeconds(10), () -> lines(answers) >= 13);
            Thread.sleep(200);
        }
        assertEquals(List.of("0", "done", "done", "1", "done", "error: unknown command", "error", "2", "done", "done",
                "error: group end without group start", "error", "3", "done"), Files.readAllLines(answers));
        assertEquals(List.of("echo 0", "batch start", "echo 1", "bogus", "echo 2", "batch end", "echo 3"), log);
    }

    @Test
    void aProgramThatExitsIsRespawnedUpToTheLimit() throws Exception {
        Path count = dir.resolve("count");
        List<String> argv = List.of("/bin/sh", "-c", "echo run >> count; echo 'echo hi'");
        try (ApiProcess p = new ApiProcess("short", argv, dir, dispatcher(), 100, 2)) {
            p.start();
            await("three runs", Duration.ofSeconds(20), () -> lines(count) == 3);
            Thread.sleep(1_000);
            assertEquals(3, lines(count), "started once and respawned twice, no more");
            assertFalse(p.alive());
            assertEquals(3, p.commands());
        }
    }
}
