package bgp.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An {@code api [<name>] { ... }} block of a neighbor: which processes get this neighbor's events, and which. Opt-in:
 * nothing is sent unless named.
 *
 * @param name the block's name, or {@code ""} for {@code api { ... }}
 * @param processes {@code processes [ a b ]}
 * @param processesMatch {@code processes-match [ <regex> ... ]}
 * @param neighborChanges {@code neighbor-changes} (state changes)
 * @param negotiated {@code negotiated}
 * @param fsm {@code fsm}
 * @param signal {@code signal}
 * @param send {@code send { ... }}: messages we send
 * @param receive {@code receive { ... }}: messages we receive
 */
public record ApiConfig(String name, List<String> processes, List<String> processesMatch, boolean neighborChanges,
        boolean negotiated, boolean fsm, boolean signal, Set<Message> send, Set<Message> receive) {

    /** What {@code send { }} and {@code receive { }} name. */
    public enum Message {
        /** {@code parsed}: decoded messages. */
        PARSED,
        /** {@code packets}: raw messages. */
        PACKETS,
        /** {@code consolidate}: parsed and raw in one event. */
        CONSOLIDATE,
        OPEN,
        UPDATE,
        NOTIFICATION,
        KEEPALIVE,
        REFRESH,
        OPERATIONAL;

        /** ExaBGP's keyword, e.g. {@code keepalive}. */
        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ApiConfig {
        Objects.requireNonNull(name, "name");
        processes = List.copyOf(processes);
        processesMatch = List.copyOf(processesMatch);
        send = Set.copyOf(send);
        receive = Set.copyOf(receive);
    }
}
