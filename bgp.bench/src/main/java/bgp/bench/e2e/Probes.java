package bgp.bench.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cheap state queries of the daemons (the harness's route counts list the routes, too slow at a million): per
 * session whether it is Established and how many routes it holds from the peer. Also resident memory.
 */
final class Probes {
    private Probes() {
    }

    /** A session's state: Established, routes held from the peer. */
    record Status(boolean established, long routes) {
        static final Status DOWN = new Status(false, 0);
    }

    /** Runs a command (at most 30 s), returns its stdout. */
    static String run(List<String> command) throws IOException {
        Path out = Files.createTempFile("bench-cli", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * {@code show protocols all} over BIRD's control socket: every BGP protocol's state and imported routes (all
     * channels). Asked on the socket itself, not with {@code birdc}: a process started every 20 ms while a speaker
     * works on the machine's two cores takes CPU from it (the {@code birdc} text is the same, see {@link BirdSocket}).
     * The connection is kept for the next question to the same socket; one found closed (BIRD stopped or restarted)
     * is replaced once.
     */
    static Map<String, Status> bird(Path ctl) throws IOException {
        String out;
        try {
            out = askBird(ctl, "show protocols all");
        } catch (java.net.SocketException notYet) {
            return Map.of(); // no socket yet (BIRD is starting) or nobody on it (BIRD stopped): no protocols to tell
        }
        return birdProtocols(out);
    }

    /**
     * The BGP protocols of {@code show protocols all}'s text: a protocol's line (its name, {@code BGP}, then at least
     * three more words: table, state, since), Established when the line says so, its routes the sum of its channels'
     * {@code Routes: N imported}. Read by hand, not by patterns and streams: this runs every 10 ms beside a speaker
     * under measurement, and the regular expression engine and the stream pipeline were most of what this JVM
     * compiled meanwhile.
     */
    static Map<String, Status> birdProtocols(String text) {
        Map<String, Status> m = new HashMap<>();
        String current = null;
        boolean up = false;
        long routes = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            if (!Character.isWhitespace(text.charAt(i))) {
                List<String> words = words(text, i, end);
                if (words.size() >= 5 && words.get(1).equals("BGP")) {
                    if (current != null) {
                        m.put(current, new Status(up, routes));
                    }
                    current = words.get(0);
                    up = text.substring(i, end).contains("Established");
                    routes = 0;
                }
            } else if (current != null) {
                long imported = importedRoutes(text, i, end);
                if (imported >= 0) {
                    routes += imported;
                }
            }
            i = end + 1;
        }
        if (current != null) {
            m.put(current, new Status(up, routes));
        }
        return m;
    }

    /** The words of {@code text[from, to)}, split at white space. */
    private static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /** N of a line {@code <white space>Routes:<white space>N imported...}, or -1 for another line. */
    private static long importedRoutes(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String key = "Routes:";
        if (!text.startsWith(key, i)) {
            return -1;
        }
        i += key.length();
        int spaces = i;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == spaces || i == digits || !text.startsWith(" imported", i)) { // (the line's end is no letter)
            return -1;
        }
        return Long.parseLong(text, digits, i, 10);
    }

    /** Connections to BIRD's control sockets, kept between questions (see {@link #bird}). */
    private static final Map<Path, BirdSocket> BIRDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * BIRD's reply on the connection kept for {@code ctl}, or on a new one when there is none or it is closed (BIRD
     * stopped, or restarted on the same socket). A connection that failed otherwise (no reply in time, a line out of
     * the protocol) is closed and the error thrown.
     */
    private static String askBird(Path ctl, String command) throws IOException {
        BirdSocket kept = BIRDS.remove(ctl);
        if (kept != null) {
            try {
                return askKeeping(ctl, kept, command);
            } catch (BirdSocket.Closed closed) {
                // a new one below
            }
        }
        return askKeeping(ctl, BirdSocket.connect(ctl), command);
    }

    /** The reply on {@code s}, kept for {@code ctl} when BIRD answered (an error reply too), else closed. */
    private static String askKeeping(Path ctl, BirdSocket s, String command) throws IOException {
        try {
            String out = s.ask(command);
            keep(ctl, s);
            return out;
        } catch (BirdSocket.Refused refused) {
            keep(ctl, s); // BIRD answered: the connection is good
            throw refused;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Close the connection kept for {@code ctl}, if any: its BIRD is stopped. */
    static void forgetBird(Path ctl) {
        BirdSocket kept = BIRDS.remove(ctl);
        if (kept != null) {
            try {
                kept.close();
            } catch (IOException ignored) {
                // closing a socket and a selector: nothing left to do
            }
        }
    }

    /** The connection kept for {@code ctl}, or null (for tests). */
    static BirdSocket keptBird(Path ctl) {
        return BIRDS.get(ctl);
    }

    /** Keep a connection for {@code ctl}; one kept meanwhile by another thread is closed. */
    private static void keep(Path ctl, BirdSocket s) throws IOException {
        BirdSocket other = BIRDS.put(ctl, s);
        if (other != null && other != s) {
            other.close();
        }
    }

    static String birdProtocol(String neighbor) {
        return "n_" + neighbor.replace('.', '_').replace(':', '_');
    }

    /** {@code bgpctl -j show neighbor ADDR}: state and prefixes received. */
    static Status openbgpd(Path ctl, String neighbor) throws IOException {
        String out = run(List.of("bgpctl", "-s", ctl.toString(), "-j", "show", "neighbor", neighbor));
        JsonElement root = JsonParser.parseString(out);
        JsonArray ns = root.getAsJsonObject().getAsJsonArray("neighbors");
        if (ns == null || ns.isEmpty()) {
            return Status.DOWN;
        }
        JsonObject n = ns.get(0).getAsJsonObject();
        boolean up = "Established".equals(n.get("state").getAsString());
        long routes = 0;
        JsonObject stats = n.getAsJsonObject("stats");
        if (stats != null && stats.getAsJsonObject("prefixes") != null) {
            routes = stats.getAsJsonObject("prefixes").get("received").getAsLong();
        }
        return new Status(up, routes);
    }

    /** {@code vtysh show bgp summary json} (IPv4 and IPv6 unicast): the neighbor's state, the prefixes in the table. */
    static Status frr(Path vtyDir, String neighbor) throws IOException {
        String out = run(List.of("vtysh", "--vty_socket", vtyDir.toString(), "-d", "bgpd", "-c",
                "show bgp summary json"));
        int start = out.indexOf('{');
        if (start < 0) {
            return Status.DOWN;
        }
        JsonObject root = JsonParser.parseString(out.substring(start)).getAsJsonObject();
        boolean up = false;
        long routes = 0;
        for (String family : List.of("ipv4Unicast", "ipv6Unicast")) {
            JsonObject f = root.getAsJsonObject(family);
            if (f == null || f.getAsJsonObject("peers") == null) {
                continue;
            }
            JsonObject p = f.getAsJsonObject("peers").getAsJsonObject(neighbor);
            if (p == null) {
                continue;
            }
            up |= "Established".equals(p.get("state").getAsString());
            // pfxRcd counts only paths with a valid next hop, which bgpd without zebra never has: the table's
            // prefixes (one peer) are what it holds
            if (f.get("ribCount") != null) {
                routes += f.get("ribCount").getAsLong();
            }
        }
        return new Status(up, routes);
    }

    /** {@code gobgp -j neighbor ADDR}: session_state 6 and the received counts of its families. */
    static Status gobgp(Path ctl, String neighbor) throws IOException {
        String out = run(List.of("gobgp", "--target", "unix://" + ctl, "-j", "neighbor", neighbor));
        int start = out.indexOf('{');
        int array = out.indexOf('[');
        if (start < 0) {
            return Status.DOWN;
        }
        JsonElement e = JsonParser.parseString(out.substring(array >= 0 && array < start ? array : start));
        if (e.isJsonArray()) {
            e = e.getAsJsonArray().get(0);
        }
        JsonObject n = e.getAsJsonObject();
        JsonObject state = n.getAsJsonObject("state");
        String ss = state == null || state.get("session_state") == null ? "" : state.get("session_state").getAsString();
        boolean up = ss.equals("6") || ss.equalsIgnoreCase("established");
        long routes = 0;
        JsonArray afs = n.getAsJsonArray("afi_safis");
        if (afs != null) {
            for (JsonElement af : afs) {
                JsonObject s = af.getAsJsonObject().getAsJsonObject("state");
                if (s != null && s.get("received") != null) {
                    routes += s.get("received").getAsLong();
                }
            }
        }
        return new Status(up, routes);
    }

    /** Resident memory of a process and everything it started, in bytes. */
    static long rss(long pid) {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        long total = 0;
        for (long p : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException e) {
                // gone
            }
        }
        return total;
    }

    /**
     * CPU seconds (user + system) used so far by the process {@code pid} alone (its threads, not its children), from
     * {@code /proc/<pid>/stat} in clock ticks of 1/100 s; 0 when it is gone.
     */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(3) ppid(4) ... utime(14) stime(15), i.e. indexes 11 and 12 here
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {@link #cpuSeconds} of the descendants of {@code pid} (e.g. a speaker's API program). */
    static double childrenCpuSeconds(long pid) {
        double[] total = {0};
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> total[0] += cpuSeconds(d.pid())));
        return total[0];
    }
}
