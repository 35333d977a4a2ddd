package bgp.interop.daemon;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * ExaBGP 4.2: {@code exabgp exabgp.conf} with its settings in the environment ({@code exabgp.daemon.user=root},
 * {@code exabgp.daemon.drop=false}, {@code exabgp.daemon.daemonize=false}, {@code exabgp.tcp.bind=ADDR},
 * {@code exabgp.tcp.port=P}, {@code exabgp.api.cli=false} (else all instances share one pair of pipes),
 * {@code exabgp.api.ack=false}, {@code exabgp.log.level=WARNING} (INFO logs every route)).
 *
 * <ul>
 * <li>Two API processes, small Python scripts written next to the config: {@code cmd.py} copies what the harness
 * writes into the FIFO {@code cmd.fifo} to ExaBGP (announce/withdraw commands; it writes {@code cmd.ready} once it
 * reads, which is how the start waits: ExaBGP has no control socket); {@code recv.py} appends every JSON message
 * ExaBGP gives it (state changes, parsed UPDATEs) to {@code received.jsonl}, which the harness replays into a
 * per-neighbor Adj-RIB-In.
 * <li>Routes: a {@code static} block per neighbor in the config (ExaBGP does not prepend its own AS on eBGP, so
 * the harness does); at run time {@code neighbor ADDR announce route ...} / {@code withdraw route ...} lines
 * through the FIFO. Path ids: {@code path-information N}.
 * <li>Ports: {@code connect P} per neighbor; it listens on {@code exabgp.tcp.port}.
 * </ul>
 */
final class ExaBgp extends AbstractDaemon {
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(60);

    private static final String CMD_PY = """
            # written by bgp.interop.daemon.ExaBgp: copies the FIFO (argv[1]) to ExaBGP; exits with its parent
            import os, select, sys
            fifo, ready = sys.argv[1], sys.argv[2]
            parent = os.getppid()
            fd = os.open(fifo, os.O_RDWR)  # read-write: no end of file when a writer closes
            with open(ready, 'w') as f:
                f.write(str(os.getpid()))
            while os.getppid() == parent:
                r, _, _ = select.select([fd], [], [], 1.0)
                if r:
                    data = os.read(fd, 65536)
                    sys.stdout.buffer.write(data)
                    sys.stdout.flush()
            """;

    private static final String RECV_PY = """
            # written by bgp.interop.daemon.ExaBgp: appends what ExaBGP reports (JSON, one per line) to argv[1]
            import sys
            with open(sys.argv[1], 'a', buffering=1) as out:
                for line in sys.stdin:
                    out.write(line)
            """;

    private final Feed feed = new Feed(dir().resolve("received.jsonl"));

    ExaBgp(DaemonConfig config) {
        super(DaemonKind.EXABGP, config);
    }

    private Path fifo() {
        return dir().resolve("cmd.fifo");
    }

    private Path ready() {
        return dir().resolve("cmd.ready");
    }

    private Path receivedFile() {
        return feed.file;
    }

    @Override
    protected List<String> command() {
        return List.of("exabgp", dir().resolve("exabgp.conf").toString());
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("exabgp.daemon.user", "root");
        env.put("exabgp.daemon.drop", "false");
        env.put("exabgp.daemon.daemonize", "false");
        env.put("exabgp.tcp.bind", text(address()));
        env.put("exabgp.tcp.port", Integer.toString(config().port()));
        env.put("exabgp.api.cli", "false");
        env.put("exabgp.api.ack", "false");
        env.put("exabgp.log.level", "WARNING");
        env.put("exabgp.log.destination", "stdout");
        return env;
    }

    @Override
    protected void writeConfig() throws IOException {
        write("cmd.py", CMD_PY);
        write("recv.py", RECV_PY);
        Files.deleteIfExists(ready());
        Files.deleteIfExists(fifo());
        Files.deleteIfExists(receivedFile());
        Files.createFile(receivedFile());
        feed.reset();
        cli("mkfifo", "-m", "600", fifo().toString()).check();

        DaemonConfig c = config();
        String python = Host.which("python3").map(Path::toString).orElse("/usr/bin/python3");
        StringBuilder s = new StringBuilder("# written by bgp.interop.daemon.ExaBgp\n");
        s.append("process cmd {\n    run ").append(python).append(' ').append(dir().resolve("cmd.py")).append(' ')
                .append(fifo()).append(' ').append(ready()).append(";\n    encoder text;\n}\n");
        s.append("process recv {\n    run ").append(python).append(' ').append(dir().resolve("recv.py")).append(' ')
                .append(receivedFile()).append(";\n    encoder json;\n}\n");
        List<Route> routes = announced();
        for (Neighbor n : c.neighbors()) {
            s.append("neighbor ").append(text(n.address())).append(" {\n");
            s.append("    router-id ").append(text(c.routerId())).append(";\n");
            s.append("    local-address ").append(text(c.address())).append(";\n");
            s.append("    local-as ").append(c.as()).append(";\n");
            s.append("    peer-as ").append(n.as()).append(";\n");
            s.append("    connect ").append(n.port()).append(";\n");
            s.append("    passive ").append(n.passive()).append(";\n");
            s.append("    family {\n");
            for (Family f : n.familiesInOrder()) {
                s.append("        ").append(f.afiName()).append(" unicast;\n");
            }
            s.append("    }\n");
            if (n.addPath() != AddPath.NONE) {
                s.append("    capability {\n        add-path ").append(n.addPath().send() && n.addPath().receive()
                        ? "send/receive" : n.addPath().send() ? "send" : "receive").append(";\n    }\n");
            }
            s.append("    api { processes [ cmd ]; }\n");
            s.append("    api { processes [ recv ]; neighbor-changes; receive { parsed; update; } }\n");
            s.append("    static {\n");
            for (Route r : routes) {
                if (n.has(r.family())) {
                    s.append("        route ").append(routeText(n, r)).append(";\n");
                }
            }
            s.append("    }\n}\n");
        }
        write("exabgp.conf", s.toString());
    }

    /** "PREFIX next-hop NH as-path [ ... ] ..." as ExaBGP's config and API take it. */
    private String routeText(Neighbor n, Route r) {
        if (r.nextHop() == null) {
            throw new IllegalArgumentException("ExaBGP needs a next hop: " + r);
        }
        StringBuilder s = new StringBuilder(r.prefix().toString());
        if (r.pathId() != 0) {
            s.append(" path-information ").append(r.pathId());
        }
        s.append(" next-hop ").append(text(r.nextHop()));
        List<Long> path = config().ibgp(n) ? r.asPath() : r.prepend(config().as()).asPath();
        if (!path.isEmpty()) {
            s.append(" as-path [ ").append(path.stream().map(String::valueOf).collect(Collectors.joining(" ")))
                    .append(" ]");
        }
        if (r.med() != null) {
            s.append(" med ").append(r.med());
        }
        if (r.localPref() != null) {
            s.append(" local-preference ").append(r.localPref());
        }
        if (!r.communities().isEmpty()) {
            s.append(" community [ ").append(String.join(" ", r.communities())).append(" ]");
        }
        return s.toString();
    }

    @Override
    protected boolean controlAnswers() {
        return Files.exists(ready());
    }

    @Override
    protected void push(List<Route> added, List<Route> removed) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Neighbor n : config().neighbors()) {
            for (Route r : removed) {
                if (n.has(r.family())) {
                    s.append("neighbor ").append(text(n.address())).append(" withdraw route ").append(routeText(n, r))
                            .append('\n');
                }
            }
            for (Route r : added) {
                if (n.has(r.family())) {
                    s.append("neighbor ").append(text(n.address())).append(" announce route ").append(routeText(n, r))
                            .append('\n');
                }
            }
        }
        command(s.toString());
    }

    /** Writes API commands (lines) to the FIFO, within {@link #WRITE_TIMEOUT}. */
    void command(String lines) throws IOException {
        byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo(), StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            write.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            write.cancel(true);
            throw new IOException("ExaBGP did not take the commands within " + WRITE_TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IOException("writing to " + fifo(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public boolean established(InetAddress neighbor) throws IOException {
        return feed.update().up(neighbor(neighbor).address());
    }

    @Override
    public long receivedCount(InetAddress neighbor, Family family) throws IOException {
        return feed.update().rib(neighbor(neighbor).address(), family).size();
    }

    @Override
    public List<Route> received(InetAddress neighbor, Family family) throws IOException {
        return new ArrayList<>(feed.update().rib(neighbor(neighbor).address(), family).values());
    }

    /** The JSON that recv.py wrote (ExaBGP's API format), replayed: session state and Adj-RIB-In per neighbor. */
    static final class Feed {
        private final Path file;
        private long offset;
        private byte[] partial = new byte[0];
        private final Map<InetAddress, Boolean> up = new HashMap<>();
        private final Map<InetAddress, Map<Family, TreeMap<Route.Key, Route>>> ribs = new HashMap<>();

        Feed(Path file) {
            this.file = file;
        }

        synchronized void reset() {
            offset = 0;
            partial = new byte[0];
            up.clear();
            ribs.clear();
        }

        synchronized boolean up(InetAddress neighbor) {
            return up.getOrDefault(neighbor, false);
        }

        synchronized TreeMap<Route.Key, Route> rib(InetAddress neighbor, Family family) {
            return new TreeMap<>(ribs.computeIfAbsent(neighbor, k -> new EnumMap<>(Family.class))
                    .computeIfAbsent(family, k -> new TreeMap<>()));
        }

        synchronized Feed update() throws IOException {
            byte[] chunk;
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                long length = f.length();
                if (length <= offset) {
                    return this;
                }
                chunk = new byte[(int) (length - offset)];
                f.seek(offset);
                f.readFully(chunk);
                offset = length;
            }
            byte[] all = new byte[partial.length + chunk.length];
            System.arraycopy(partial, 0, all, 0, partial.length);
            System.arraycopy(chunk, 0, all, partial.length, chunk.length);
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == '\n') {
                    String line = new String(all, start, i - start, StandardCharsets.UTF_8).trim();
                    if (!line.isEmpty()) {
                        message(line);
                    }
                    start = i + 1;
                }
            }
            partial = java.util.Arrays.copyOfRange(all, start, all.length);
            return this;
        }

        private void message(String line) throws IOException {
            JsonElement root = Json.parse(line);
            JsonObject neighbor = Json.object(root, "neighbor");
            String peer = Json.string(Json.object(neighbor, "address"), "peer");
            if (peer == null) {
                return;
            }
            InetAddress address = Addresses.parse(peer);
            String type = Json.string(root, "type");
            if ("state".equals(type)) {
                boolean isUp = "up".equals(Json.string(neighbor, "state"));
                up.put(address, isUp);
                if (!isUp) {
                    ribs.remove(address);
                }
                return;
            }
            JsonObject update = Json.object(Json.object(neighbor, "message"), "update");
            if (!"update".equals(type) || update == null) {
                return;
            }
            Map<Family, TreeMap<Route.Key, Route>> rib = ribs.computeIfAbsent(address, k -> new EnumMap<>(Family.class));
            JsonObject withdraw = Json.object(update, "withdraw");
            if (withdraw != null) {
                for (Map.Entry<String, JsonElement> f : withdraw.entrySet()) {
                    Family family = family(f.getKey());
                    if (family == null) {
                        continue;
                    }
                    for (JsonElement n : f.getValue().getAsJsonArray()) {
                        Route r = nlri(n);
                        rib.computeIfAbsent(family, k -> new TreeMap<>()).remove(r.key());
                    }
                }
            }
            JsonObject announce = Json.object(update, "announce");
            if (announce != null) {
                Route attributes = attributes(Json.object(update, "attribute"));
                for (Map.Entry<String, JsonElement> f : announce.entrySet()) {
                    Family family = family(f.getKey());
                    if (family == null || !f.getValue().isJsonObject()) {
                        continue;
                    }
                    for (Map.Entry<String, JsonElement> hop : f.getValue().getAsJsonObject().entrySet()) {
                        InetAddress nextHop = Addresses.parse(hop.getKey());
                        for (JsonElement n : hop.getValue().getAsJsonArray()) {
                            Route key = nlri(n);
                            Route r = new Route(key.prefix(), key.pathId(), nextHop, attributes.asPath(),
                                    attributes.med(), attributes.localPref(), attributes.communities());
                            rib.computeIfAbsent(family, k -> new TreeMap<>()).put(r.key(), r);
                        }
                    }
                }
            }
        }

        private static Family family(String name) {
            return switch (name) {
                case "ipv4 unicast" -> Family.IPV4_UNICAST;
                case "ipv6 unicast" -> Family.IPV6_UNICAST;
                default -> null;
            };
        }

        /** {"nlri": "10.0.0.0/24", "path-information": "0.0.0.1"} (or a bare prefix string) as a key-only route. */
        private static Route nlri(JsonElement n) {
            String prefix = n.isJsonPrimitive() ? n.getAsString() : Json.string(n, "nlri");
            long id = 0;
            String info = n.isJsonObject() ? Json.string(n, "path-information") : null;
            if (info != null) {
                id = info.contains(".") ? Integer.toUnsignedLong(java.nio.ByteBuffer
                        .wrap(Addresses.parse4(info).getAddress()).getInt()) : Long.parseLong(info);
            }
            return new Route(Prefix.parse(prefix), id, null, List.of(), null, null, List.of());
        }

        private static Route attributes(JsonObject a) {
            Route r = new Route(Prefix.parse("0.0.0.0/0"), 0, null, List.of(), null, null, List.of());
            if (a == null) {
                return r;
            }
            List<Long> path = new ArrayList<>();
            for (JsonElement asn : Json.array(a, "as-path")) {
                if (asn.isJsonPrimitive()) {
                    path.add(asn.getAsLong());
                }
            }
            List<String> communities = new ArrayList<>();
            for (JsonElement c : Json.array(a, "community")) {
                if (c.isJsonArray() && c.getAsJsonArray().size() == 2) {
                    communities.add(c.getAsJsonArray().get(0).getAsLong() + ":" + c.getAsJsonArray().get(1).getAsLong());
                }
            }
            return r.withAsPath(path).withMed(Json.number(a, "med")).withLocalPref(Json.number(a, "local-preference"))
                    .withCommunities(communities);
        }
    }
}
