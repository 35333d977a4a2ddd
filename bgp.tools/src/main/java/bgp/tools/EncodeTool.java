package bgp.tools;

import bgp.codec.Hex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code encode [-f "<afi> <safi>"] [-a <local-as>] [-z <peer-as>] [-i] [-c <conf>] "<command>"|-}: the messages a
 * command makes ({@link UpdateEncoder}) in upper-case hex, one per line; with {@code -}, one command per line of
 * standard input and, for each, one line holding its messages separated by spaces.
 */
final class EncodeTool {
    static final String USAGE = "encode [-f \"<afi> <safi>\"] [-a <local-as>] [-z <peer-as>] [-i] [-c <configuration>]"
            + " \"route ...|announce ...|withdraw ...\"|-";

    private EncodeTool() {
    }

    static List<String> hex(List<byte[]> messages) {
        List<String> out = new ArrayList<>(messages.size());
        for (byte[] m : messages) {
            out.add(Hex.encode(m));
        }
        return out;
    }
}
