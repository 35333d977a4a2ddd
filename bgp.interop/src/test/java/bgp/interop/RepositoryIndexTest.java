package bgp.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The OSGi repository index the build makes ({@code cnf/target/repository/index.xml}, built by {@code cnf} before
 * this module) is what an OSGi user deploys from: every bundle's file is there with the SHA-256 the index gives;
 * the speaker's bundles and their runtime dependencies are all listed; and installing every bundle of the index
 * into a bare Felix (no bnd, no launcher) runs the speaker: its services come up and a command answers.
 */
class RepositoryIndexTest {

    record Resource(String identity, String version, String type, Path file, String sha256) {
    }

    static List<Resource> read(Path index) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(index.toFile());
        List<Resource> out = new ArrayList<>();
        NodeList resources = d.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Map<String, Map<String, String>> caps = new HashMap<>();
            NodeList cs = ((Element) resources.item(i)).getElementsByTagNameNS("*", "capability");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                Map<String, String> attrs = caps.computeIfAbsent(c.getAttribute("namespace"), k -> new HashMap<>());
                NodeList as = c.getElementsByTagNameNS("*", "attribute");
                for (int k = 0; k < as.getLength(); k++) {
                    Element a = (Element) as.item(k);
                    attrs.putIfAbsent(a.getAttribute("name"), a.getAttribute("value"));
                }
            }
            Map<String, String> id = caps.get("osgi.identity");
            Map<String, String> content = caps.get("osgi.content");
            if (!List.of("osgi.bundle", "osgi.fragment").contains(id.get("type"))) {
                continue; // bnd's synthetic resources for multi-release jars, whose URLs are not files
            }
            out.add(new Resource(id.get("osgi.identity"), id.get("version"), id.get("type"),
                    index.getParent().resolve(content.get("url")), content.get("osgi.content")));
        }
        return out;
    }

    @Test
    void theIndexListsTheSpeakerAndItsDependenciesAndABareFelixRunsThem(@TempDir Path storage) throws Exception {
        Path index = DemoTest.root().resolve("cnf/target/repository/index.xml");
        assertTrue(Files.isRegularFile(index), index + " is missing: the cnf module builds it before this one");
        List<Resource> resources = read(index);
        Map<String, String> identities = new TreeMap<>();
        for (Resource r : resources) {
            assertTrue(Files.isRegularFile(r.file()), "no file for " + r);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(r.file())));
            assertEquals(r.sha256().toLowerCase(java.util.Locale.ROOT), sha, "the SHA-256 of " + r.file());
            identities.put(r.identity(), r.type());
        }
        for (String expected : List.of("bgp.log", "bgp.codec", "bgp.rib", "bgp.reactor", "bgp.config",
                "bgp.api.command", "io.netty.transport", "io.netty.transport-native-epoll.linux-x86_64",
                "org.apache.felix.scr", "org.apache.felix.configadmin", "org.apache.felix.log",
                "org.apache.felix.gogo.runtime", "org.osgi.util.promise")) {
            assertTrue(identities.containsKey(expected), expected + " is not in the index: " + identities.keySet());
        }

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("gosh.args", "--nointeractive");
        // A JVM loads a native library into one class loader only: Netty's epoll library loaded here by the bundle
        // would be missing for the other tests of this JVM, which run Netty from the class path. The bundles' Netty
        // reads this property when its epoll support is first asked for, which happens below; then NIO serves.
        String noNative = System.setProperty("io.netty.transport.noNative", "true");
        Framework felix = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        felix.start();
        try {
            BundleContext ctx = felix.getBundleContext();
            List<Bundle> installed = new ArrayList<>();
            for (Resource r : resources) {
                try (InputStream in = Files.newInputStream(r.file())) {
                    installed.add(ctx.installBundle(r.file().toUri().toString(), in));
                }
            }
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            for (Bundle b : installed) {
                assertEquals(b.getHeaders().get(Constants.FRAGMENT_HOST) == null ? Bundle.ACTIVE : Bundle.RESOLVED,
                        b.getState(), b.getSymbolicName());
            }
            ServiceReference<?> dispatcher = await(ctx, "bgp.api.command.CommandDispatcher");
            await(ctx, "bgp.reactor.Reactor");
            await(ctx, "bgp.config.ConfigurationService");
            Object service = ctx.getService(dispatcher);
            Method dispatch = service.getClass().getMethod("dispatch", String.class);
            assertEquals(List.of("bgp " + dispatcher.getBundle().getVersion(), "done"), dispatch.invoke(service, "version"));
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
            if (noNative == null) {
                System.clearProperty("io.netty.transport.noNative");
            } else {
                System.setProperty("io.netty.transport.noNative", noNative);
            }
        }
    }

    static ServiceReference<?> await(BundleContext ctx, String className) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            // all: this JVM's class path has some of these classes too, which the system bundle would compare
            ServiceReference<?>[] r = ctx.getAllServiceReferences(className, null);
            if (r != null) {
                return r[0];
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + className + " service");
    }
}
