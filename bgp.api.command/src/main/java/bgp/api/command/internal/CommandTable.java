package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandException;
import bgp.api.command.CommandInfo;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.config.ConfigurationService;
import bgp.reactor.Reactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dispatcher's logic without OSGi: commands by name, fed from service properties ({@code service.id},
 * {@code service.ranking} and {@link Command}'s), and the ExaBGP answer convention. Thread-safe. Public only for
 * {@link #withBuiltins}: harnesses outside OSGi (the interop conformance tests) build a dispatcher with it.
 */
public final class CommandTable implements CommandDispatcher {
    private record Entry(CommandInfo info, int ranking, long serviceId, Command command) {
    }

    /** Best first: highest ranking, then lowest service id (the OSGi order). */
    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt((Entry e) -> -e.ranking)
            .thenComparingLong(Entry::serviceId);

    private final Map<Long, Entry> byServiceId = new HashMap<>();
    private final java.util.function.Consumer<Runnable> batcher;
    /** The command used for each name, recomputed on every change (changes are rare, lookups are not). */
    private volatile Map<String, Entry> byName = Map.of();
    /** Whether a word names a command now: where a neighbor selector ends. */
    private final java.util.function.Predicate<String> isName = w -> byName.containsKey(w);

    /** A table whose {@link #batch} just runs the work (no reactor to hold). */
    CommandTable() {
        this(Runnable::run);
    }

    /** A table whose {@link #batch} hands the work to {@code batcher} (the reactor's {@code batch}). */
    CommandTable(java.util.function.Consumer<Runnable> batcher) {
        this.batcher = Objects.requireNonNull(batcher, "batcher");
    }

    @Override
    public void batch(Runnable work) {
        batcher.accept(work);
    }

    /** The lines run in a loop of this class: per line, only {@link #dispatch} is called (and compiled) again. */
    @Override
    public void dispatchAll(List<String> lines, CommandOutput out) {
        batch(() -> {
            for (int i = 0; i < lines.size(); i++) {
                dispatch(lines.get(i), out);
            }
        });
    }

    /**
     * A dispatcher holding every built-in command of this bundle, built outside OSGi over these services: the same
     * command classes, names and neighbor flags as their components register ({@code announce}, {@code withdraw},
     * {@code attributes}, {@code flush}, {@code clear}, {@code teardown}, {@code create}, {@code delete},
     * {@code reload} when a
     * configuration service is given, {@code version}, {@code help}), without descriptions.
     *
     * @param configuration the configuration service for {@code reload}; null leaves {@code reload} out
     * @param version what {@code version} answers after {@code bgp }
     */
    public static CommandTable withBuiltins(Reactor reactor, ConfigurationService configuration, String version) {
        Objects.requireNonNull(reactor, "reactor");
        CommandTable t = new CommandTable(reactor::batch);
        long id = 0;
        t.add(Map.of("service.id", ++id, Command.NAME, "announce", Command.NEIGHBOR, true),
                new AnnounceCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "withdraw", Command.NEIGHBOR, true),
                new WithdrawCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "attributes", Command.NEIGHBOR, true),
                new AttributesCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "flush", Command.NEIGHBOR, true), new FlushCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "clear", Command.NEIGHBOR, true), new ClearCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "teardown", Command.NEIGHBOR, true),
                new TeardownCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "create", Command.NEIGHBOR, true), new CreateCommand(reactor));
        t.add(Map.of("service.id", ++id, Command.NAME, "delete", Command.NEIGHBOR, true), new DeleteCommand(reactor));
        if (configuration != null) {
            t.add(Map.of("service.id", ++id, Command.NAME, "reload"), new ReloadCommand(configuration));
        }
        t.add(Map.of("service.id", ++id, Command.NAME, "version"), new VersionCommand(version));
        t.add(Map.of("service.id", ++id, Command.NAME, "help"), new HelpCommand(t));
        return t;
    }

    /**
     * Add a command service. Ignored (false) without a valid {@link Command#NAME}: a String of one word.
     */
    synchronized boolean add(Map<String, ?> properties, Command command) {
        Objects.requireNonNull(command, "command");
        Object name = properties.get(Command.NAME);
        if (!(name instanceof String s) || s.isEmpty() || !s.equals(s.strip()) || s.split("\\s+").length != 1) {
            return false;
        }
        Object neighbor = properties.get(Command.NEIGHBOR);
        Object description = properties.get(Command.DESCRIPTION);
        CommandInfo info = new CommandInfo(s,
                Boolean.TRUE.equals(neighbor) || "true".equalsIgnoreCase(String.valueOf(neighbor)),
                description instanceof String d ? d : "");
        Object ranking = properties.get("service.ranking");
        long id = ((Number) properties.get("service.id")).longValue();
        byServiceId.put(id, new Entry(info, ranking instanceof Integer r ? r : 0, id, command));
        reindex();
        return true;
    }

    /** Remove the command service with the {@code service.id} in these properties. */
    synchronized void remove(Map<String, ?> properties) {
        if (byServiceId.remove(((Number) properties.get("service.id")).longValue()) != null) {
            reindex();
        }
    }

    private void reindex() {
        Map<String, Entry> index = new HashMap<>();
        for (Entry e : byServiceId.values()) {
            index.merge(e.info.name(), e, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        byName = Map.copyOf(index);
    }

    @Override
    public boolean dispatch(String line, CommandOutput out) {
        CommandRequest request;
        try {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                out.println("done"); // a comment
                return true;
            }
            if (stripped.startsWith("group")) {
                String words = Words.collapse(stripped);
                if (OneLineGroup.isOneLine(words)) {
                    return OneLineGroup.run(this, words, out);
                }
            }
            request = CommandRequest.parse(line, isName);
        } catch (IllegalArgumentException e) {
            return error(out, e.getMessage());
        }
        Entry entry = byName.get(request.name());
        if (entry == null) {
            return error(out, "unknown command: " + request.name());
        }
        if (request.selector().isPresent() && !entry.info.neighbor()) {
            return error(out, request.name() + " does not take a neighbor selector");
        }
        try {
            entry.command.execute(request, out);
        } catch (CommandException e) {
            return error(out, e.getMessage());
        } catch (RuntimeException e) {
            return error(out, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        }
        out.println("done");
        return true;
    }

    private static boolean error(CommandOutput out, String reason) {
        String oneLine = reason == null || reason.isBlank() ? "failed" : reason.replaceAll("[\\r\\n]+", " ");
        out.println("error: " + oneLine);
        out.println("error");
        return false;
    }

    @Override
    public List<CommandInfo> commands() {
        List<CommandInfo> out = new ArrayList<>();
        for (Entry e : byName.values()) {
            out.add(e.info);
        }
        out.sort(Comparator.comparing(CommandInfo::name));
        return List.copyOf(out);
    }
}
