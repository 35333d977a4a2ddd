package bgp.api.command.internal;

import bgp.api.command.Command;
import bgp.api.command.CommandDispatcher;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The API in the Gogo shell: one Gogo service of scope {@value #SCOPE} ({@link BgpShell}) whose
 * {@code osgi.command.function} list is the name of every registered {@link Command} plus {@code run}, so that
 * {@code bgp:show neighbor summary}, {@code bgp:announce route ...} and {@code bgp:run <any line>} work; the list
 * follows the commands as they come and go (the Gogo service is registered again with the new list). Descriptions:
 * {@code bgp:help}.
 */
@Component(service = {})
public final class GogoCommands {
    static final String SCOPE = "bgp";

    @Reference
    private CommandDispatcher dispatcher;

    private final Map<Long, String> names = new HashMap<>();
    private BundleContext context;
    private ServiceRegistration<?> registration;
    private List<String> functions = List.of();

    @Activate
    synchronized void activate(BundleContext context) {
        this.context = context;
        update();
    }

    @Deactivate
    synchronized void deactivate() {
        unregister();
        context = null;
    }

    @Reference(service = Command.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeCommand", updated = "updatedCommand")
    synchronized void addCommand(Map<String, Object> properties) {
        Object name = properties.get(Command.NAME);
        if (name instanceof String s && !s.isEmpty() && s.split("\\s+").length == 1 && s.equals(s.strip())) {
            names.put(((Number) properties.get("service.id")).longValue(), s);
        }
        update();
    }

    synchronized void updatedCommand(Map<String, Object> properties) {
        names.remove(((Number) properties.get("service.id")).longValue());
        addCommand(properties);
    }

    synchronized void removeCommand(Map<String, Object> properties) {
        names.remove(((Number) properties.get("service.id")).longValue());
        update();
    }

    /** The functions: the command names, sorted, then {@code run}. */
    static List<String> functions(Iterable<String> commandNames) {
        TreeSet<String> sorted = new TreeSet<>();
        commandNames.forEach(sorted::add);
        sorted.remove("run");
        List<String> out = new ArrayList<>(sorted);
        out.add("run");
        return List.copyOf(out);
    }

    /** Register the Gogo service again when the list changed (only once active). */
    private void update() {
        if (context == null) {
            return;
        }
        List<String> next = functions(names.values());
        if (registration != null && next.equals(functions)) {
            return;
        }
        unregister();
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("osgi.command.scope", SCOPE);
        p.put("osgi.command.function", next.toArray(String[]::new));
        registration = context.registerService(BgpShell.class, new BgpShell(dispatcher), p);
        functions = next;
    }

    private void unregister() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
            registration = null;
        }
    }
}
