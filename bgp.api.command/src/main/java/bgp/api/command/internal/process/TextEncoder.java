package bgp.api.command.internal.process;

import bgp.codec.attribute.NextHop;
import bgp.codec.message.Update;
import bgp.codec.nlri.NlriList;
import bgp.reactor.PeerEvent;

/**
 * ExaBGP's text encoder, for what it covers here: state changes ({@code neighbor 127.0.0.1 up}) and the prefixes of
 * received UPDATEs ({@code neighbor 127.0.0.1 receive update announced 10.0.0.0/24 next-hop 1.2.3.4},
 * {@code ... receive update withdrawn 10.0.0.0/24}), one line per prefix. Path attributes are not written in text;
 * programs that need them use the JSON encoder.
 */
final class TextEncoder {
    private TextEncoder() {
    }

    static String event(PeerEvent e) {
        String who = "neighbor " + e.peer().peerAddress();
        if (e instanceof PeerEvent.StateChanged s) {
            String state = s.exabgpState();
            return switch (state) {
                case "up", "connected" -> who + " " + state;
                case "down" -> who + " down" + (s.reason() == null || s.reason().isEmpty() ? "" : " " + s.reason());
                default -> null;
            };
        }
        if (e instanceof PeerEvent.UpdateReceived u) {
            StringBuilder sb = new StringBuilder();
            Update up = u.update();
            String nh = up.attribute(NextHop.class).map(Object::toString).orElse("");
            lines(sb, who, "announced", up.nlri(), nh);
            lines(sb, who, "withdrawn", up.withdrawn(), null);
            up.mpReach().ifPresent(m -> lines(sb, who, "announced", m.nlri(), String.join(" ", m.nextHopAddresses())));
            up.mpUnreach().ifPresent(m -> lines(sb, who, "withdrawn", m.nlri(), null));
            return sb.length() == 0 ? null : sb.substring(0, sb.length() - 1);
        }
        return null;
    }

    private static void lines(StringBuilder sb, String who, String what, NlriList l, String nextHop) {
        for (int i = 0; i < l.size(); i++) {
            sb.append(who).append(" receive update ").append(what).append(' ').append(l.get(i));
            if (nextHop != null && !nextHop.isEmpty()) {
                sb.append(" next-hop ").append(nextHop);
            }
            sb.append('\n');
        }
    }
}
