package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandException;
import bgp.api.command.CommandOutput;
import bgp.api.command.CommandRequest;
import bgp.codec.message.Notification;
import bgp.reactor.Peer;
import bgp.reactor.Reactor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code shutdown}: every peer's session gets a NOTIFICATION Cease / Administrative Shutdown (6/2, communication
 * {@value #COMMUNICATION}), the command answers {@code done}, and then, from a thread of its own (the command's
 * caller must be free to deliver the answer, and stopping the framework stops this bundle), the speaker stops: the
 * system bundle is stopped. The stopping action is given to the constructor; the component's stops the framework.
 */
@Component(service = Command.class, property = {
        Command.NAME + "=shutdown",
        Command.DESCRIPTION + "=stop the speaker: a Cease (administrative shutdown) to every peer, then exit"})
public final class ShutdownCommand implements Command {
    private static final Logger LOG = Logger.getLogger("bgp.api");
    static final String COMMUNICATION = "speaker shutting down";
    /** How long the stop waits after the answer, so that it reaches the client first. */
    static final long ANSWER_DELAY_MS = 200;

    private final Reactor reactor;
    private final Runnable stop;

    @Activate
    public ShutdownCommand(BundleContext context, @Reference Reactor reactor) {
        this(reactor, () -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.log(Level.WARNING, "shutdown: stopping the framework failed", e);
            }
        });
    }

    ShutdownCommand(Reactor reactor, Runnable stop) {
        this.reactor = reactor;
        this.stop = stop;
    }

    @Override
    public void execute(CommandRequest request, CommandOutput out) throws CommandException {
        if (!request.arguments().isEmpty()) {
            throw new CommandException("shutdown takes no argument");
        }
        for (Peer p : reactor.peers()) {
            try {
                reactor.teardown(p.neighbor().peerAddress(), Notification.ADMINISTRATIVE_SHUTDOWN, COMMUNICATION);
            } catch (IllegalArgumentException removedMeanwhile) {
                // gone already: nothing to tell it
            }
        }
        LOG.info("shutdown requested through the API");
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ANSWER_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.run();
        }, "bgp-shutdown");
        t.setDaemon(false);
        t.start();
    }
}
