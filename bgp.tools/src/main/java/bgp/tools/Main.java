package bgp.tools;

import bgp.api.command.internal.json.ExabgpJson;
import bgp.codec.Family;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * {@code java -jar bgp-tools.jar <tool> <args...>}: the command-line tools, ExaBGP's habits kept. Exit status 0
 * when everything went well, 1 on bad usage or bad input (each problem one {@code error: ...} line on standard
 * error), 2 when {@code cli} finds no speaker listening.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: bgp-tools <tool> <arguments>",
            "  " + DecodeTool.USAGE,
            "  " + EncodeTool.USAGE,
            "  " + ValidateTool.USAGE,
            "  " + CliTool.USAGE,
            "  version");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Run a tool; returns the exit status. */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 1;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "decode" -> decode(rest, in, out, err);
                case "encode" -> encode(rest, in, out, err);
                case "validate" -> ValidateTool.run(rest, out, err);
                case "cli" -> CliTool.run(rest, in, out, err);
                case "version", "--version" -> {
                    out.println("bgp " + version());
                    yield 0;
                }
                case "help", "-h", "--help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new ToolException("unknown tool '" + args.get(0)
                        + "', expected decode, encode, validate, cli or version");
            };
        } catch (ToolException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The version of the tools (the project's). */
    static String version() {
        Properties p = new Properties();
        try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
            if (s != null) {
                p.load(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /** Options then exactly one operand (the text, or {@code -} for standard input). */
    private static String operand(List<String> args, ToolContext.Options o, boolean asOptions, String usage)
            throws ToolException {
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); ) {
            String a = args.get(i);
            int used = a.startsWith("-") && !a.equals("-") ? o.take(args, i, asOptions) : 0;
            if (used == 0) {
                if (a.startsWith("-") && !a.equals("-")) {
                    throw new ToolException("unknown option " + a + "; usage: " + usage);
                }
                operands.add(a);
                i++;
            } else {
                i += used;
            }
        }
        if (operands.isEmpty()) {
            throw new ToolException("nothing to do; usage: " + usage);
        }
        return String.join(" ", operands);
    }

    private static int decode(List<String> args, InputStream in, PrintStream out, PrintStream err)
            throws ToolException {
        ToolContext.Options o = new ToolContext.Options();
        String operand = operand(args, o, false, DecodeTool.USAGE);
        DecodeTool tool = new DecodeTool(ToolContext.of(o), ExabgpJson.system());
        if (o.nlri) {
            if (o.families == null || o.families.size() != 1) {
                throw new ToolException("-n needs one family: -f \"<afi> <safi>\"");
            }
            Family family = o.families.iterator().next();
            if (!operand.equals("-")) {
                out.println(tool.decodeNlri(operand, family, o.addPath));
                return 0;
            }
            return eachLine(in, out, err, line -> out.println(tool.decodeNlri(line, family, o.addPath)));
        }
        if (!operand.equals("-")) {
            tool.decode(operand).forEach(out::println);
            return 0;
        }
        return eachLine(in, out, err, line -> tool.decode(line).forEach(out::println));
    }

    private static int encode(List<String> args, InputStream in, PrintStream out, PrintStream err)
            throws ToolException {
        ToolContext.Options o = new ToolContext.Options();
        String operand = operand(args, o, true, EncodeTool.USAGE);
        UpdateEncoder encoder = new UpdateEncoder(ToolContext.of(o));
        if (!operand.equals("-")) {
            EncodeTool.hex(encoder.encode(operand)).forEach(out::println);
            return 0;
        }
        return eachLine(in, out, err, line -> out.println(String.join(" ", EncodeTool.hex(encoder.encode(line)))));
    }

    /** Work done on one line of standard input. */
    interface LineWork {
        void run(String line) throws ToolException;
    }

    /**
     * Each non-blank line of standard input through {@code work}; a line that fails prints an empty line on
     * standard output (so that output lines stay aligned with input lines) and its error on standard error, with
     * its line number; the status is then 1.
     */
    static int eachLine(InputStream in, PrintStream out, PrintStream err, LineWork work) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int status = 0;
        int n = 0;
        try {
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    work.run(line.strip());
                } catch (ToolException e) {
                    out.println();
                    err.println("error: line " + n + ": " + e.getMessage());
                    status = 1;
                }
            }
        } catch (IOException e) {
            err.println("error: reading standard input: " + e.getMessage());
            return 1;
        }
        return status;
    }
}
