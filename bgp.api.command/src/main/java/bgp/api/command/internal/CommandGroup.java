package bgp.api.command.internal;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code group start} ... {@code group end} for one API client (a process program, a control-channel connection):
 * the lines between are kept, not run; {@code group end} runs them in order as one
 * {@linkplain CommandDispatcher#batch batch}, so routes that share attributes leave in one UPDATE per attribute set
 * for the whole group. {@code group start} is answered {@code done} at once; each grouped command is answered when
 * the group runs, in order, then {@code group end}'s own {@code done}. A group holds at most {@code limit} lines: one
 * more is refused ({@code error}) and not kept, the group goes on. Not thread-safe: one per client, used by the
 * client's reading thread.
 */
public final class CommandGroup {
    /** The most lines a group keeps unless told otherwise. */
    public static final int DEFAULT_LIMIT = 100_000;

    private final CommandDispatcher dispatcher;
    private final int limit;
    private List<String> lines;

    public CommandGroup(CommandDispatcher dispatcher, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a group needs room for one command at least");
        }
        this.dispatcher = dispatcher;
        this.limit = limit;
    }

    /** Whether a group is open (between {@code group start} and {@code group end}). */
    public boolean open() {
        return lines != null;
    }

    /**
     * Take one line from the client: a group command, a line to keep, or a line to run now.
     *
     * @return false if the answer written ended with {@code error}; true otherwise (kept lines answer nothing yet)
     */
    public boolean dispatch(String line, CommandOutput out) {
        if (line.stripLeading().startsWith("group")) {
            String words = Words.collapse(line);
            if (words.equals("group start") || words.equals("group end") || words.equals("group")) {
                return group(words, out);
            }
        }
        if (lines == null) {
            return dispatcher.dispatch(line, out);
        }
        return keep(line, out);
    }

    /** Keep a line in the open group, or refuse it ({@code error}, false) when the group is full. */
    private boolean keep(String line, CommandOutput out) {
        if (lines.size() >= limit) {
            return error(out, "group too large: " + limit + " commands at most, this one is not kept");
        }
        lines.add(line);
        return true;
    }

    /**
     * Take lines that are not group commands ({@code group ...}, checked by the caller), in order: kept when a group
     * is open (as many as it has room for; each one more is refused), else run as one
     * {@linkplain CommandDispatcher#dispatchAll batch}.
     */
    public void dispatchAll(List<String> commands, CommandOutput out) {
        if (lines == null) {
            dispatcher.dispatchAll(commands, out);
            return;
        }
        for (String line : commands) {
            keep(line, out);
        }
    }

    private boolean group(String words, CommandOutput out) {
        switch (words) {
            case "group start" -> {
                if (lines != null) {
                    return error(out, "group start inside a group");
                }
                lines = new ArrayList<>();
            }
            case "group end" -> {
                if (lines == null) {
                    return error(out, "group end without group start");
                }
                List<String> run = lines;
                lines = null;
                dispatcher.batch(() -> {
                    for (String l : run) {
                        dispatcher.dispatch(l, out);
                    }
                });
            }
            default -> {
                return error(out, "expected 'group start' or 'group end'");
            }
        }
        out.println("done");
        return true;
    }

    private static boolean error(CommandOutput out, String reason) {
        out.println("error: " + reason);
        out.println("error");
        return false;
    }
}
