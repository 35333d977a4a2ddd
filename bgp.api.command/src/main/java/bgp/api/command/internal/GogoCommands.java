package bgp.api.command.internal;

import bgp.api.command.CommandDispatcher;
import java.util.List;
import java.util.Objects;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The API in the Gogo shell: {@code bgp:version}, {@code bgp:help}, and {@code bgp:run <command line>} for any
 * command. Each prints the command's output; a refused command prints its {@code error: <reason>} line. No logic
 * here: everything goes through the {@link CommandDispatcher}.
 */
@Component(service = GogoCommands.class, property = {
        "osgi.command.scope=bgp",
        "osgi.command.function=version",
        "osgi.command.function=help",
        "osgi.command.function=run"})
public final class GogoCommands {
    private final CommandDispatcher dispatcher;

    @Activate
    public GogoCommands(@Reference CommandDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Descriptor("show the version of the speaker")
    public String version() {
        return run("version");
    }

    @Descriptor("list the API commands")
    public String help() {
        return run("help");
    }

    @Descriptor("run an API command line, e.g. bgp:run help")
    public String run(@Descriptor("the command and its arguments") String... words) {
        return shellText(dispatcher.dispatch(String.join(" ", words)));
    }

    /** The answer without its closing {@code done} / {@code error} line. */
    static String shellText(List<String> answer) {
        return String.join("\n", answer.subList(0, answer.size() - 1));
    }
}
