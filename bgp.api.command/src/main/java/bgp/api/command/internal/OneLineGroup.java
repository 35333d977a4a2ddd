package bgp.api.command.internal;

import bgp.api.command.CommandDispatcher;
import bgp.api.command.CommandOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * ExaBGP main's one-line group, {@code group [attributes <attributes> ;] <command> ; <command> ...}: the commands,
 * separated by {@code ;}, run in order as one {@linkplain CommandDispatcher#batch batch} (their routes leave together,
 * as with {@code group start} ... {@code group end}), and the line gets one answer. A leading {@code attributes ...}
 * part gives path attributes that are added to every route command of the group ({@code announce|withdraw route|ipv4|
 * ipv6|attributes ...}, after the command's own words, so an attribute given in both takes the group's value); it
 * sends nothing by itself.
 *
 * <p>Answer: each command's output lines (not its own {@code done}), then {@code done}; or, at the first command that
 * fails, {@code error: group command <n> '<command>': <reason>} and {@code error}, the later commands not run (the
 * earlier ones have been applied). Checked before anything runs: at least one command, no empty command, no nested
 * {@code group}, every command's verb known.
 */
final class OneLineGroup {
    private OneLineGroup() {
    }

    /** Whether {@code words} (one space between words) is the one-line form rather than {@code group start|end}. */
    static boolean isOneLine(String words) {
        return words.startsWith("group ") && !words.equals("group start") && !words.equals("group end");
    }

    /**
     * Run the one-line group {@code words} ({@link #isOneLine}).
     *
     * @return true if answered {@code done}
     */
    static boolean run(CommandDispatcher dispatcher, String words, CommandOutput out) {
        String[] parts = words.substring("group ".length()).split(";", -1);
        String attributes = null;
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                return error(out, "empty command in group (part " + (i + 1) + ")");
            }
            if (i == 0 && (part.startsWith("attributes ") || part.startsWith("attribute "))
                    && !(" " + part + " ").contains(" nlri ")) {
                attributes = part.substring(part.indexOf(' ') + 1);
                continue;
            }
            if (part.equals("group") || part.startsWith("group ")) {
                return error(out, "group inside a group (part " + (i + 1) + ")");
            }
            commands.add(part);
        }
        if (commands.isEmpty()) {
            return error(out, "group without a command");
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        dispatcher.commands().forEach(c -> known.add(c.name()));
        for (int n = 0; n < commands.size(); n++) {
            String verb;
            try {
                verb = bgp.api.command.CommandRequest.parse(commands.get(n), known::contains).name();
            } catch (IllegalArgumentException e) {
                return error(out, "group command " + (n + 1) + " '" + commands.get(n) + "': " + e.getMessage());
            }
            if (!known.contains(verb)) {
                return error(out, "group command " + (n + 1) + " '" + commands.get(n) + "': unknown command: "
                        + verb);
            }
        }
        String shared = attributes;
        boolean[] ok = {true};
        dispatcher.batch(() -> {
            for (int n = 0; n < commands.size(); n++) {
                String command = withAttributes(commands.get(n), shared);
                List<String> answer = new ArrayList<>();
                boolean done = dispatcher.dispatch(command, answer::add);
                if (!done) {
                    String reason = answer.stream().filter(l -> l.startsWith("error: ")).findFirst()
                            .map(l -> l.substring("error: ".length())).orElse("failed");
                    error(out, "group command " + (n + 1) + " '" + commands.get(n) + "': " + reason);
                    ok[0] = false;
                    return;
                }
                for (String l : answer.subList(0, answer.size() - 1)) {
                    out.println(l);
                }
            }
        });
        if (ok[0]) {
            out.println("done");
        }
        return ok[0];
    }

    /**
     * The command with the group's attributes added when it is a route command ({@code [neighbor ...]
     * announce|withdraw route|ipv4|ipv6|attribute(s) ...}): before {@code nlri} in the attributes form, at the end
     * otherwise; other commands unchanged.
     */
    static String withAttributes(String command, String attributes) {
        if (attributes == null) {
            return command;
        }
        String[] w = command.split("\\s+");
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals("announce") || w[i].equals("withdraw")) {
                switch (w[i + 1]) {
                    case "route", "ipv4", "ipv6" -> {
                        return command + " " + attributes;
                    }
                    case "attribute", "attributes" -> {
                        int nlri = (" " + command + " ").indexOf(" nlri ");
                        return nlri < 0 ? command + " " + attributes
                                : command.substring(0, nlri - 1) + " " + attributes + command.substring(nlri - 1);
                    }
                    default -> {
                        return command;
                    }
                }
            }
        }
        return command;
    }

    private static boolean error(CommandOutput out, String reason) {
        out.println("error: " + reason);
        out.println("error");
        return false;
    }
}
