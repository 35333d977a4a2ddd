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

    /**
     * Answers {@code echo <words>} with the words then {@code done}, {@code announce <words>} with {@code done} unless
     * a word is {@code bad}, anything else with an error.
     */
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
                if (line.startsWith("announce ") && !line.contains("bad")) {
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

    /**
     * A program that writes what {@code commands} (shell) prints and keeps what it is sent in the file
     * {@code answers}, reading it while it writes, as a well-behaved API program does (an asynchronous list's stdin
     * is /dev/null in sh unless given explicitly: hence fd 3).
     */
    static List<String> answeringProgram(String commands) {
        return List.of("/bin/sh", "-c", "exec 3<&0; cat <&3 > answers & " + commands + "; wait");
    }

    @Test
    void aBurstOf100000CommandsIsRunInOrderAndEachAnswered() throws Exception {
        Path answers = dir.resolve("answers");
        List<String> argv = answeringProgram("awk 'BEGIN { for (i = 0; i < 100000; i++) print \"echo \" i }'");
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

    @Test
    void answersAndEventsReachTheProgramAsUtf8LinesEndedByNewline() throws Exception {
        Path answers = dir.resolve("answers");
        List<String> argv = answeringProgram("printf 'echo caf\\303\\251 \\342\\234\\223\\n'");
        try (ApiProcess p = new ApiProcess("utf8", argv, dir, dispatcher(), 10_000, 0)) {
            p.start();
            await("the answer", Duration.ofSeconds(30), () -> lines(answers) >= 2);
            p.event("{ \"note\": \"\u00fc\" }");
            await("the event", Duration.ofSeconds(30), () -> lines(answers) >= 3);
        }
        assertEquals("caf\u00e9 \u2713\ndone\n{ \"note\": \"\u00fc\" }\n",
                new String(Files.readAllBytes(answers), java.nio.charset.StandardCharsets.UTF_8));
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
    void routeCommandsReadTogetherRunAsOneBatchEachAnsweredInOrder() throws Exception {
        Path answers = dir.resolve("answers");
        // one write of every line (cat of a small file): the speaker reads them together
        Files.writeString(dir.resolve("commands"), "announce 1\nneighbor 127.0.0.1 announce 2\nannounce bad\n"
                + "withdraw 3\n\nannounce 4\necho 5\nannounce 6\nannounce 7\nannounce bad\n");
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> argv = List.of("/bin/sh", "-c", "exec 3<&0; cat <&3 > answers & cat commands; wait");
        try (ApiProcess p = new ApiProcess("routes", argv, dir, dispatcher(log), 100, 0)) {
            p.start();
            await("9 commands", Duration.ofSeconds(10), () -> p.commands() == 9);
            await("the answers", Duration.ofSeconds(10), () -> lines(answers) >= 14);
            Thread.sleep(200);
        }
        // the blank line is no command; echo runs alone and splits the route commands in two batches
        assertEquals(List.of("batch start", "announce 1", "neighbor 127.0.0.1 announce 2", "announce bad", "withdraw 3",
                "announce 4", "batch end", "echo 5", "batch start", "announce 6", "announce 7", "announce bad",
                "batch end"), log);
        // (this dispatcher knows no neighbor selector: an error, as for the bad one and withdraw; the others go on)
        assertEquals(List.of("done", "error: unknown command", "error", "error: unknown command", "error",
                "error: unknown command", "error", "done", "5", "done", "done", "done", "error: unknown command",
                "error"), Files.readAllLines(answers));
    }

    @Test
    void whichLinesAreRouteCommands() {
        assertTrue(ApiProcess.isRouteCommand("announce route 10.0.0.0/24 next-hop 1.2.3.4"));
        assertTrue(ApiProcess.isRouteCommand("  withdraw route 10.0.0.0/24"));
        assertTrue(ApiProcess.isRouteCommand("neighbor 127.0.0.1 local-as 1 announce route 10.0.0.0/24 next-hop self"));
        assertFalse(ApiProcess.isRouteCommand("neighbor 127.0.0.1 teardown 2"));
        assertFalse(ApiProcess.isRouteCommand("announce"));
        assertFalse(ApiProcess.isRouteCommand("shutdown"));
        assertFalse(ApiProcess.isRouteCommand("group start"));
        assertFalse(ApiProcess.isRouteCommand("show adj-rib out"));
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
