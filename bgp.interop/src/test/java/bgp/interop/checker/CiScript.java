package bgp.interop.checker;

import bgp.codec.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * One functional test of ExaBGP in its {@code .ci} line format (see the README of the conformance data): the
 * options of its test peer, and per TCP connection ({@code A}, {@code B}, ...; no letter is {@code A}) the steps in
 * order, each with the messages the speaker must send ({@code raw:}), what the test peer does when the step starts
 * ({@code notification:}, {@code signal:}) and the other lines ({@code cmd:}, {@code json:}, {@code jsv4:},
 * {@code jsv6:}) for harnesses that drive the speaker's API or check its JSON.
 */
public final class CiScript {
    /** A message the speaker must send, as the whole message (marker, length, type, body). */
    public record Expected(int lineNumber, byte[] message) {
        public int type() {
            return message[18] & 0xFF;
        }

        /** {@code marker:length:type:body}, as in the {@code .ci} files. */
        public String hex() {
            return CiScript.hex(message);
        }
    }

    /** What the test peer does when its step starts: {@code notification} (send a Cease) or {@code signal}. */
    public record Action(int lineNumber, String kind, String text) {
    }

    /** A {@code cmd:}, {@code json:}, {@code jsv4:} or {@code jsv6:} line. */
    public record Line(int lineNumber, String kind, String text) {
    }

    /** One step of one connection: its messages arrive in any order; steps come in order. */
    public record Step(String connection, int number, List<Expected> messages, List<Action> actions,
            List<Line> lines) {
        /** {@code A1}, {@code B3}, ... */
        public String label() {
            return connection + number;
        }

        /** The {@code cmd:} lines of the step, in file order. */
        public List<String> commands() {
            return lines.stream().filter(l -> l.kind().equals("cmd")).map(Line::text).toList();
        }
    }

    private final Path path;
    private final String name;
    private final String configFile;
    private final List<String> configFiles;
    private final List<String> options;
    private final Map<String, List<Step>> connections;

    private CiScript(Path path, String name, List<String> configFiles, List<String> options,
            Map<String, List<Step>> connections) {
        this.path = path;
        this.name = name;
        this.configFiles = List.copyOf(configFiles);
        this.configFile = configFiles.isEmpty() ? null : configFiles.get(0);
        this.options = List.copyOf(options);
        this.connections = connections;
    }

    /** Reads a {@code .ci} file. */
    public static CiScript parse(Path ci) {
        try {
            return parse(ci, ci.getFileName().toString(), Files.readAllLines(ci));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code .ci} lines ({@code name} names them in reports; {@code path} may be null). */
    public static CiScript parse(Path path, String name, List<String> text) {
        List<String> confs = new ArrayList<>();
        List<String> options = new ArrayList<>();
        Map<String, TreeMap<Integer, StepBuilder>> steps = new TreeMap<>();
        int n = 0;
        for (String line : text) {
            n++;
            if (line.isBlank() || line.contains("#")) {
                continue; // README: a line containing '#' is a comment
            }
            if (line.startsWith("option:")) {
                String option = line.substring(7).strip();
                options.add(option);
                if (option.startsWith("file:")) {
                    confs.add(option.substring(5).strip());
                }
                continue;
            }
            int colon = line.indexOf(':');
            int colon2 = colon < 0 ? -1 : line.indexOf(':', colon + 1);
            if (colon2 < 0) {
                throw new IllegalArgumentException(name + ":" + n + ": not a .ci line: " + line);
            }
            String head = line.substring(0, colon).strip();
            String kind = line.substring(colon + 1, colon2);
            String payload = line.substring(colon2 + 1);
            int digits = 0;
            while (digits < head.length() && Character.isLetter(head.charAt(digits))) {
                digits++;
            }
            String connection = head.substring(0, digits).toUpperCase();
            int step;
            try {
                step = Integer.parseInt(head.substring(digits));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + n + ": bad step '" + head + "'");
            }
            StepBuilder b = steps.computeIfAbsent(connection.isEmpty() ? "A" : connection, k -> new TreeMap<>())
                    .computeIfAbsent(step, k -> new StepBuilder());
            switch (kind) {
                case "raw" -> b.messages.add(new Expected(n, raw(name, n, payload)));
                case "notification", "signal" -> b.actions.add(new Action(n, kind, payload.strip()));
                default -> b.lines.add(new Line(n, kind, payload));
            }
        }
        Map<String, List<Step>> out = new TreeMap<>();
        steps.forEach((conn, byNumber) -> {
            List<Step> list = new ArrayList<>();
            byNumber.forEach((number, b) -> list.add(new Step(conn, number, List.copyOf(b.messages),
                    List.copyOf(b.actions), List.copyOf(b.lines))));
            out.put(conn, List.copyOf(list));
        });
        return new CiScript(path, name, confs, options, java.util.Collections.unmodifiableMap(out));
    }

    private static byte[] raw(String name, int n, String payload) {
        byte[] m;
        try {
            m = Hex.decode(payload.replace(":", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + n + ": bad hex: " + e.getMessage());
        }
        if (m.length < 19) {
            throw new IllegalArgumentException(name + ":" + n + ": message shorter than a BGP header");
        }
        for (int i = 0; i < 16; i++) {
            if (m[i] != (byte) 0xFF) {
                throw new IllegalArgumentException(name + ":" + n + ": bad marker");
            }
        }
        int length = (m[16] & 0xFF) << 8 | (m[17] & 0xFF);
        if (length != m.length) {
            throw new IllegalArgumentException(name + ":" + n + ": length field " + length + " but " + m.length
                    + " bytes");
        }
        return m;
    }

    private static final class StepBuilder {
        final List<Expected> messages = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
    }

    /** {@code marker:length:type:body} of a whole message. */
    public static String hex(byte[] m) {
        if (m.length < 19) {
            return Hex.encode(m);
        }
        return Hex.encode(m, 0, 16) + ":" + Hex.encode(m, 16, 2) + ":" + Hex.encode(m, 18, 1) + ":"
                + Hex.encode(m, 19, m.length - 19);
    }

    /** The file, when read from one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public String name() {
        return name;
    }

    /** The configuration the speaker runs with ({@code option:file:}), the first when several are given. */
    public Optional<String> configFile() {
        return Optional.ofNullable(configFile);
    }

    /** Every {@code option:file:} (api-reload names two: before and after the reload). */
    public List<String> configFiles() {
        return configFiles;
    }

    /** The configuration file in {@code etc/} next to {@code qa/}, when read from the conformance data. */
    public Optional<Path> config() {
        if (path == null || configFile == null) {
            return Optional.empty();
        }
        return Optional.of(path.toAbsolutePath().getParent().getParent().getParent().resolve("etc")
                .resolve(configFile));
    }

    /** Every option line without its {@code option:} prefix, in file order. */
    public List<String> options() {
        return options;
    }

    /** The steps per connection letter, letters sorted, steps in order. */
    public Map<String, List<Step>> connections() {
        return connections;
    }

    /** Every step of every connection. */
    public List<Step> steps() {
        return connections.values().stream().flatMap(List::stream).toList();
    }

    /** {@code option:asn:N}: the test peer's AS (eBGP tests); otherwise it takes the speaker's (iBGP). */
    public OptionalLong asn() {
        return value("asn:").map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    /** {@code option:timeout:S}. */
    public Optional<Duration> timeout() {
        return value("timeout:").map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    /** {@code option:tcp_connections:N}. */
    public OptionalInt tcpConnections() {
        return value("tcp_connections:").map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    /** The {@code option:open:...} behaviours, e.g. {@code send-unknown-capability}. */
    public Set<String> openOptions() {
        return values("open:");
    }

    /** The {@code option:update:...} behaviours, e.g. {@code send-default-route}. */
    public Set<String> updateOptions() {
        return values("update:");
    }

    /** {@code option:bind:...} (only {@code ipv6} is seen in the data). */
    public Optional<String> bind() {
        return value("bind:");
    }

    /** Option values the checker knows. */
    static final Set<String> KNOWN_OPEN = Set.of("send-unknown-capability", "send-unknown-message",
            "inspect-open-message");
    static final Set<String> KNOWN_UPDATE = Set.of("send-default-route");

    /** Why {@link CheckerPeer} cannot run this test faithfully; empty when it can. */
    public List<String> unsupported() {
        List<String> out = new ArrayList<>();
        for (String o : options) {
            String key = o.contains(":") ? o.substring(0, o.indexOf(':')) : o;
            String v = o.substring(key.length()).replaceFirst("^:", "").strip();
            switch (key) {
                case "file", "asn", "timeout" -> { }
                case "open" -> {
                    if (!KNOWN_OPEN.contains(v)) {
                        out.add("option:open:" + v + " is not known");
                    }
                }
                case "update" -> {
                    if (!KNOWN_UPDATE.contains(v)) {
                        out.add("option:update:" + v + " is not known");
                    }
                }
                case "bind" -> out.add("option:bind:" + v + " (an IPv6 test peer; tests here use 127.0.0.0/8 only)");
                case "tcp_connections" -> {
                    if (Integer.parseInt(v) != connections.size()) {
                        out.add("option:tcp_connections:" + v + " with " + connections.size()
                                + " connection(s) named by the steps");
                    }
                }
                default -> out.add("option:" + o + " is not known");
            }
        }
        return out;
    }

    private Optional<String> value(String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()).strip())
                .findFirst();
    }

    private Set<String> values(String prefix) {
        Set<String> out = new LinkedHashSet<>();
        options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()).strip())
                .forEach(out::add);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
