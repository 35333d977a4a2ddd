package bgp.api.command.internal.json;

import bgp.codec.nlri.FlowRules;
import bgp.codec.nlri.FlowSpec;
import bgp.codec.nlri.RouteDistinguisher;

/**
 * ExaBGP's JSON of flowspec rules: per rule one object with each component's values as an array of strings in wire
 * order ({@code "destination-ipv4": ["10.0.0.0/24"]}, {@code "destination-port": [">8080&<8088", "=3128"]}), then
 * {@code "rd"} (flow-vpn), then {@code "next-hop"} when the rule is announced with one and the API format is 4/5
 * (ExaBGP's API 6 leaves it out: the next hop is already the key), then {@code "string"}, the rule's text.
 */
final class FlowJson {
    private FlowJson() {
    }

    /** The rules' objects; {@code nextHop} is the announced next hop to repeat in each, or null. */
    static void entries(JsonWriter w, FlowRules rules, String nextHop) {
        for (int i = 0, n = rules.size(); i < n; i++) {
            w.beginObject();
            StringBuilder text = new StringBuilder(64).append("flow");
            for (FlowSpec.Field f : rules.fields(i)) {
                w.key(f.name()).beginArray();
                for (String v : f.values()) {
                    w.value(v);
                }
                w.endArray();
                text.append(' ').append(f);
            }
            if (rules.hasPathIds()) {
                w.key("path-information").ipv4(rules.pathId(i));
            }
            if (FlowSpec.isVpn(rules.family())) {
                String rd = RouteDistinguisher.format(rules.rd(i));
                w.key("rd").value(rd);
                text.append(" rd ").append(rd);
            }
            if (nextHop != null) {
                w.key("next-hop").value(nextHop);
            }
            w.key("string").value(text.toString());
            w.endObject();
        }
    }
}
