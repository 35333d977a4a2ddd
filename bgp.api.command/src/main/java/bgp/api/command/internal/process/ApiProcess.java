package bgp.api.command.internal.process;

import bgp.log.AreaLogger;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One external program of the process API, as ExaBGP runs them: started from its argv (no shell) in a working
 * directory; each line it writes to its stdout is a command, run in order by the {@link CommandDispatcher}, whose
 * answer lines ({@code done}, {@code error}, output) go back to its stdin; events (JSON or text, from
 * {@link #event(String)}) go to its stdin too.
 *
 * <p>What goes to the program's stdin passes through one bounded buffer ({@code limit} lines) written by a thread of
 * its own, so a program that stops reading never blocks a session, another program or the speaker. Policy when the
 * buffer is full: the program's next command is not read until there is room again (its own writes block: it is
 * throttled, nothing it sent is lost, every command is answered; a batch's answers go in together once there is
 * room), and events that find the buffer full are dropped and counted; the count is reported to the program as
 * one line {@code # <n> events lost: the program did not read its input} as soon as there is room.
 *
 * <p>Route commands ({@code announce}, {@code withdraw}) that arrive together (read without waiting, at most
 * {@value #BATCH}) run as one {@linkplain CommandDispatcher#batch batch}: each is dispatched alone and answered in
 * order (a bad one answers {@code error} and changes nothing), the reactor gets their routes in one go, and their
 * answers go to the program together. Any other command runs alone and is answered at once.
 *
 * <p>{@code group start} ... {@code group end} ({@link bgp.api.command.internal.CommandGroup}): the program's lines
 * between are run at {@code group end} as one batch, each answered then; a group left open when the program exits
 * is dropped with it.
 *
 * <p>Respawn: a program that exits is started again, at most {@code maxRespawns} times within ten minutes (ExaBGP's
 * limit is 5); after that it stays stopped and the reason is logged.
 */
public final class ApiProcess implements AutoCloseable {
    private static final AreaLogger LOG = AreaLogger.of(ApiProcess.class, AreaLogger.API);
    static final long RESPAWN_WINDOW_MS = 10 * 60 * 1000;
    /** Most route commands run as one batch. */
    static final int BATCH = 1024;

    private final String name;
    private final List<String> argv;
    private final Path workingDirectory;
    private final CommandDispatcher dispatcher;
    private final int limit;
    private final int maxRespawns;
    private final ArrayDeque<String> out = new ArrayDeque<>();
    private final ArrayDeque<Long> spawns = new ArrayDeque<>();
    private final AtomicLong commands = new AtomicLong();

    /** Acknowledgements: on ({@code done}/{@code error} after each command), off, or silent (nothing at all). */
    enum Ack { ON, OFF, SILENT }

    private volatile Ack ack = Ack.ON;
    private long lost;
    private volatile boolean closed;
    private volatile Process process;
    private Thread reader;

    public ApiProcess(String name, List<String> argv, Path workingDirectory, CommandDispatcher dispatcher, int limit,
                      int maxRespawns) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("process " + name + " has nothing to run");
        }
        this.name = name;
        this.argv = List.copyOf(argv);
        this.workingDirectory = workingDirectory;
        this.dispatcher = dispatcher;
        this.limit = limit;
        this.maxRespawns = maxRespawns;
    }

    /** Start with acknowledgements off (ExaBGP's {@code exabgp.api.ack false}). */
    public ApiProcess withoutAcks() {
        ack = Ack.OFF;
        return this;
    }

    public String name() {
        return name;
    }

    /** Commands read from the program so far (across respawns). */
    public long commands() {
        return commands.get();
    }

    /** Whether the program is running now. */
    public boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /**
     * Start the program.
     *
     * @throws IOException when it cannot be started (not found, not executable)
     */
    public synchronized void start() throws IOException {
        if (closed) {
            throw new IllegalStateException("process " + name + " is closed");
        }
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        Process p = pb.start();
        process = p;
        spawns.add(System.currentTimeMillis());
        Thread w = new Thread(() -> write(p), "bgp-api-" + name + "-stdin");
        w.setDaemon(true);
        w.start();
        reader = new Thread(() -> read(p), "bgp-api-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Queue an event line for the program; dropped (and counted) when its buffer is full. */
    public void event(String line) {
        synchronized (out) {
            if (out.size() >= limit) {
                lost++;
                return;
            }
            out.add(line);
            if (out.size() == 1) {
                out.notifyAll(); // the writer waits only when the buffer is empty
            }
        }
    }

    /**
     * Queue answer lines, in order; waits for room (throttling the program's own commands, never a session): the
     * lines go in together once the buffer is below its bound. Dropped when the program is gone: nobody reads them
     * any more.
     */
    private void answer(Process p, List<String> lines) throws InterruptedException {
        if (lines.isEmpty()) {
            return;
        }
        synchronized (out) {
            while (out.size() >= limit && !closed) {
                if (!p.isAlive()) {
                    lines.clear();
                    return;
                }
                out.wait(100);
            }
            boolean wasEmpty = out.isEmpty();
            // a loop, not addAll: its forEach and lambda are three more methods for the JIT to compile in a burst
            for (int i = 0; i < lines.size(); i++) {
                out.addLast(lines.get(i));
            }
            if (wasEmpty) {
                out.notifyAll(); // the writer waits only when the buffer is empty
            }
        }
        lines.clear();
    }

    private void read(Process p) {
        // a group is the running program's: one left open by a program that exits is dropped with it
        bgp.api.command.internal.CommandGroup group = new bgp.api.command.internal.CommandGroup(dispatcher,
                bgp.api.command.internal.CommandGroup.DEFAULT_LIMIT);
        List<String> answers = new ArrayList<>();
        CommandOutput toAnswers = answers::add; // one for all lines
        List<String> routes = new ArrayList<>();
        try (java.io.InputStream stdout = p.getInputStream()) {
            LineReader in = new LineReader(stdout, 1 << 16);
            List<String> lines = new ArrayList<>();
            // the lines that have arrived, taken together (waiting only when none has): no "is more there?" test per
            // line, whose rare answer made C2 throw away the compiled loop during a burst
            while (in.readLines(lines)) {
                for (String line : lines) {
                    if (line.isBlank()) {
                        continue;
                    }
                    commands.incrementAndGet();
                    if (isRouteCommand(line)) {
                        routes.add(line);
                        if (routes.size() >= BATCH) {
                            runRoutes(group, routes, answers, toAnswers);
                            answer(p, answers);
                        }
                    } else {
                        // any other command runs alone, its answer queued at once (shutdown answers before it stops)
                        runRoutes(group, routes, answers, toAnswers);
                        run(group, line, answers, toAnswers);
                        answer(p, answers);
                    }
                }
                lines.clear();
                // route commands read together run together, up to what has arrived (never waiting for more)
                runRoutes(group, routes, answers, toAnswers);
                answer(p, answers);
            }
        } catch (IOException e) {
            LOG.debug("process " + name + ": reading its output failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exited(p);
    }

    /**
     * Whether a line is an {@code announce} or {@code withdraw} command (perhaps after a neighbor selector): those
     * read together run as one {@linkplain CommandDispatcher#batch batch}.
     */
    static boolean isRouteCommand(String line) {
        String s = line.stripLeading();
        if (s.startsWith("announce ") || s.startsWith("withdraw ")) {
            return true;
        }
        return s.startsWith("neighbor ") && (s.contains(" announce ") || s.contains(" withdraw "));
    }

    /**
     * Run the route commands read together as one batch: each dispatched alone (a bad one answers {@code error} and
     * changes nothing), in order, their answers kept in order; the reactor gets their routes in one go and sends
     * them once the batch is done.
     */
    private void runRoutes(bgp.api.command.internal.CommandGroup group, List<String> routes, List<String> answers,
                           CommandOutput toAnswers) {
        if (routes.isEmpty()) {
            return;
        }
        if (routes.size() == 1) {
            run(group, routes.get(0), answers, toAnswers);
        } else {
            // not acknowledgement commands (those run alone): one answer sink for all
            group.dispatchAll(routes, answers(answers, toAnswers));
        }
        routes.clear();
    }

    /**
     * Run one line, adding its answer lines (as the program's acknowledgement mode says) to {@code answers}
     * ({@code toAnswers} adds to it).
     */
    private void run(bgp.api.command.internal.CommandGroup group, String line, List<String> answers,
                     CommandOutput toAnswers) {
        String command = line.strip();
        // per program, as in ExaBGP (a command line is not hashed for this: route commands are long and many)
        switch (command.endsWith("-ack") ? command : "") {
            // enable-ack and disable-ack are acknowledged themselves
            case "enable-ack", "disable-ack" -> {
                ack = command.equals("enable-ack") ? Ack.ON : Ack.OFF;
                answers.add("done");
                return;
            }
            case "silence-ack" -> {
                ack = Ack.SILENT;
                return;
            }
            default -> { }
        }
        group.dispatch(line, answers(answers, toAnswers));
    }

    /** Where a command's answer lines go, as the program's acknowledgement mode says. */
    private CommandOutput answers(List<String> answers, CommandOutput toAnswers) {
        Ack mode = ack;
        if (mode == Ack.ON) {
            return toAnswers;
        }
        return a -> {
            boolean isAck = a.equals("done") || a.equals("error") || a.startsWith("error: ");
            if (mode != Ack.SILENT && !(mode == Ack.OFF && isAck)) {
                answers.add(a);
            }
        };
    }

    private void write(Process p) {
        try (java.io.OutputStream stdin = p.getOutputStream()) {
            LineWriter w = new LineWriter(stdin, 1 << 16);
            List<String> batch = new ArrayList<>();
            while (p.isAlive()) {
                long report = 0;
                synchronized (out) {
                    while (out.isEmpty() && lost == 0 && p.isAlive() && !closed) {
                        out.wait(200);
                    }
                    if (closed && out.isEmpty() && lost == 0) {
                        break; // shutting down and everything is written: close the program's input
                    }
                    if (lost > 0 && out.size() < limit) {
                        report = lost;
                        lost = 0;
                    }
                    // everything waiting, in one go: one wake-up and one flush for a burst, not one per line
                    for (String line; (line = out.poll()) != null;) {
                        batch.add(line);
                    }
                    out.notifyAll();
                }
                if (report > 0) {
                    w.line("# " + report + " events lost: the program did not read its input");
                }
                for (int i = 0; i < batch.size(); i++) {
                    w.line(batch.get(i));
                }
                batch.clear();
                w.flush();
            }
        } catch (IOException gone) {
            LOG.debug("process " + name + ": its input is closed", gone);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void exited(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (closed || p != process) {
            return;
        }
        long now = System.currentTimeMillis();
        while (!spawns.isEmpty() && now - spawns.peek() > RESPAWN_WINDOW_MS) {
            spawns.poll();
        }
        if (spawns.size() > maxRespawns) {
            LOG.warn(() -> "process " + name + " exited with " + p.exitValue() + " and was respawned "
                    + maxRespawns + " times in ten minutes: it stays stopped");
            return;
        }
        LOG.info(() -> "process " + name + " exited with " + p.exitValue() + ": respawning");
        try {
            start();
        } catch (IOException e) {
            LOG.warn("process " + name + " could not be respawned", e);
        }
    }

    /** Stop the program. */
    @Override
    public void close() {
        shutdown(null);
    }

    /**
     * Give the program a last line (ExaBGP sends a {@code shutdown} notification), then close its input so that it
     * sees the end, give it a second to exit, and stop it if it has not.
     */
    public void shutdown(String lastLine) {
        Process p;
        synchronized (this) {
            p = process;
        }
        if (lastLine != null && p != null && p.isAlive()) {
            synchronized (out) {
                out.add(lastLine); // not subject to the bound: the last line is never dropped
            }
        }
        synchronized (this) {
            closed = true;
        }
        synchronized (out) {
            out.notifyAll();
        }
        if (p == null) {
            return;
        }
        try {
            if (!p.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }
}
