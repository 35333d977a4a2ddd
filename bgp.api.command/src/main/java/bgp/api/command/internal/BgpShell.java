package bgp.api.command.internal;

import bgp.api.command.CommandDispatcher;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.Descriptor;

/**
 * The object behind the Gogo functions of scope {@code bgp}: Gogo calls {@link #_main} for every function of the
 * service, the function's name first ({@code bgp:show neighbor summary} is {@code _main("show", "neighbor",
 * "summary")}), and {@code bgp:run <line>} runs any line. Each prints the command's output; a refused command its
 * {@code error: <reason>} line. No logic here: everything goes through the {@link CommandDispatcher}.
 */
public final class BgpShell {
    private final CommandDispatcher dispatcher;

    BgpShell(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Gogo's entry point for every function of this service: the function's name, then its arguments. */
    @Descriptor("an API command with its arguments (bgp:help lists them); bgp:run <command line> runs any line, "
            + "e.g. bgp:run neighbor 127.0.0.2 teardown")
    public String _main(@Descriptor("the command and its arguments") String... argv) {
        if (argv.length == 0) {
            return "";
        }
        List<String> words = Arrays.asList(argv);
        if (argv[0].equals("run")) {
            words = words.subList(1, words.size());
        }
        return shellText(dispatcher.dispatch(String.join(" ", words)));
    }

    /** The answer without its closing {@code done} / {@code error} line. */
    static String shellText(List<String> answer) {
        return String.join("\n", answer.subList(0, answer.size() - 1));
    }
}
