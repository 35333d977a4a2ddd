package bgp.interop;

import bgp.codec.attribute.AsPath;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.Communities;
import bgp.codec.attribute.LocalPref;
import bgp.codec.attribute.Med;
import bgp.codec.attribute.Origin;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.nlri.IpPrefix;
import bgp.interop.daemon.Addresses;
import bgp.interop.daemon.Family;
import bgp.interop.daemon.Prefix;
import bgp.interop.daemon.Route;
import bgp.reactor.Peer;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.AttributeSet;
import bgp.rib.internal.RibFactoryComponent;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Our reactor as the interop tests drive it, and conversions between its routes and the harness's. */
final class OurSpeaker implements AutoCloseable {
    final BgpReactor reactor;

    OurSpeaker(InetAddress address, int port) {
        reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
                new BgpReactor.Options(List.of(Addresses.text(address)), port, 2));
    }

    /** A harness route as our speaker announces it (eBGP: our AS first, no LOCAL_PREF). */
    static bgp.rib.Route toOurs(Route r, long ourAs, boolean ebgp) {
        List<Attribute> attrs = new ArrayList<>();
        attrs.add(Origin.IGP);
        long[] path = new long[r.asPath().size() + (ebgp ? 1 : 0)];
        int k = 0;
        if (ebgp) {
            path[k++] = ourAs;
        }
        for (long as : r.asPath()) {
            path[k++] = as;
        }
        attrs.add(AsPath.sequence(path));
        if (r.med() != null) {
            attrs.add(new Med(r.med()));
        }
        if (!ebgp && r.localPref() != null) {
            attrs.add(new LocalPref(r.localPref()));
        }
        if (!r.communities().isEmpty()) {
            attrs.add(Communities.parse(r.communities().toArray(String[]::new)));
        }
        return bgp.rib.Route.of(IpPrefix.parse(r.prefix().toString(), (int) r.pathId()),
                Addresses.text(r.nextHop()), attrs);
    }

    /** What our Adj-RIB-In holds from a peer, in the harness's terms, by prefix (and path id). */
    static Map<Route.Key, Route> received(Peer peer) {
        Map<Route.Key, Route> out = new HashMap<>();
        peer.visitAdjRibIn((nlri, set) -> {
            Route r = fromOurs(Prefix.parse(nlri.toString()), nlri.pathId(), set);
            out.put(r.key(), r);
        });
        return out;
    }

    static Route fromOurs(Prefix prefix, long pathId, AttributeSet set) {
        Route r = Route.of(prefix.toString(), set.nextHopAddresses().get(0)).withPathId(pathId);
        for (Attribute a : set.attributes()) {
            if (a instanceof AsPath p) {
                List<Long> asns = new ArrayList<>();
                for (AsPath.Segment s : p.segments()) {
                    for (int i = 0; i < s.size(); i++) {
                        asns.add(s.asn(i));
                    }
                }
                r = r.withAsPath(asns);
            } else if (a instanceof Med m) {
                r = r.withMed(m.value());
            } else if (a instanceof LocalPref l) {
                r = r.withLocalPref(l.value());
            } else if (a instanceof Communities c) {
                List<String> list = new ArrayList<>();
                for (int i = 0; i < c.size(); i++) {
                    int v = c.get(i);
                    list.add((v >>> 16) + ":" + (v & 0xFFFF));
                }
                r = r.withCommunities(list);
            }
        }
        return r;
    }

    static long count(Peer peer, Family family) {
        return peer.receivedRoutes().getOrDefault(family == Family.IPV4_UNICAST ? bgp.codec.Family.IPV4_UNICAST
                : bgp.codec.Family.IPV6_UNICAST, 0L);
    }

    @Override
    public void close() {
        reactor.close();
    }
}
