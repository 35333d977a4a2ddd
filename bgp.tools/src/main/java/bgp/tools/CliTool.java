package bgp.tools;

import bgp.api.command.internal.control.ControlPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cli [--socket <path>] <command words...>} (or, without words, one command per line of standard input):
 * sends commands to a running speaker over its control channel (a Unix-domain socket, see {@link ControlPath}) and
 * prints each answer up to and including its {@code done} or {@code error} line. Status 0 when every command
 * answered {@code done}, 1 when one answered {@code error} (or the speaker closed the channel mid-answer), 2 when no
 * speaker listens on the socket.
 */
final class CliTool {
    static final String USAGE = "cli [--socket <path>] <command words...>  (or commands on standard input)";
    static final int NO_SPEAKER = 2;

    private CliTool() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws ToolException {
        Path socket = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (words.isEmpty() && (a.equals("--socket") || a.equals("-s"))) {
                if (i + 1 >= args.size()) {
                    throw new ToolException("option " + a + " needs a value");
                }
                socket = Path.of(args.get(++i));
            } else {
                words.add(a);
            }
        }
        if (socket == null) {
            socket = ControlPath.resolve(null, System.getenv(), System.getProperties());
        }
        List<String> commands = new ArrayList<>();
        if (!words.isEmpty()) {
            commands.add(String.join(" ", words));
        } else {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        commands.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new ToolException("reading standard input: " + e.getMessage());
            }
            if (commands.isEmpty()) {
                throw new ToolException("no command given; usage: " + USAGE);
            }
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            err.println("error: no speaker listens on " + socket + " (" + e.getMessage() + ")");
            return NO_SPEAKER;
        }
        int status = 0;
        try (channel;
             Writer w = Channels.newWriter(channel, StandardCharsets.UTF_8);
             Reader rd = Channels.newReader(channel, StandardCharsets.UTF_8)) {
            BufferedReader answers = new BufferedReader(rd);
            for (String command : commands) {
                w.write(command);
                w.write('\n');
                w.flush();
                while (true) {
                    String line = answers.readLine();
                    if (line == null) {
                        err.println("error: the speaker closed the control channel before answering '" + command
                                + "'");
                        return 1;
                    }
                    out.println(line);
                    if (line.equals("done")) {
                        break;
                    }
                    if (line.equals("error")) {
                        status = 1;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            err.println("error: control channel " + socket + ": " + e.getMessage());
            return 1;
        }
        return status;
    }
}
