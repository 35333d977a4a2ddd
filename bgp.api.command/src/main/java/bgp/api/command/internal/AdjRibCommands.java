package bgp.api.command.internal;

import bgp.api.command.CommandException;
import bgp.api.command.CommandRequest;
import bgp.codec.Family;
import java.util.List;

/** Argument parsing shared by the commands that act on the Adj-RIBs and on families. */
final class AdjRibCommands {
    private AdjRibCommands() {
    }

    /** {@code adj-rib in} or {@code adj-rib out}: true for in. */
    static boolean in(CommandRequest r, String verb) throws CommandException {
        List<String> a = r.arguments();
        if (a.size() != 2 || !a.get(0).equals("adj-rib") || !(a.get(1).equals("in") || a.get(1).equals("out"))) {
            throw new CommandException("expected '" + verb + " adj-rib in' or '" + verb + " adj-rib out'");
        }
        return a.get(1).equals("in");
    }

    /** A family given as {@code <afi> <safi>} words from {@code from}; IPv4 unicast when none is given. */
    static Family family(List<String> words, int from) throws CommandException {
        if (words.size() == from) {
            return Family.IPV4_UNICAST;
        }
        if (words.size() != from + 2) {
            throw new CommandException("expected <afi> <safi>, e.g. ipv4 unicast");
        }
        int afi = Family.afiCode(words.get(from));
        if (afi < 0) {
            throw new CommandException("unknown AFI " + words.get(from));
        }
        int safi = Family.safiCode(words.get(from + 1));
        if (safi < 0) {
            throw new CommandException("unknown SAFI " + words.get(from + 1));
        }
        return new Family(afi, safi);
    }
}
