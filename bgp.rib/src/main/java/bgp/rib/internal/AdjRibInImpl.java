package bgp.rib.internal;

import bgp.codec.ErrorAction;
import bgp.codec.Family;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.message.Update;
import bgp.codec.nlri.Ipv4Prefixes;
import bgp.codec.nlri.Ipv6Prefixes;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.NlriList;
import bgp.rib.AdjRibIn;
import bgp.rib.AttributeSet;
import bgp.rib.RouteVisitor;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Adj-RIB-In: one {@link RouteTable} per family whose values are {@link LocalSets} ids, the flag bit marking
 * stale routes. An UPDATE interns its attributes once per next hop (body, MP_REACH_NLRI) and stores each NLRI with a
 * slot look-up and an {@code int} store; route references are counted by the local set table, in one addition per
 * UPDATE for the new set.
 */
final class AdjRibInImpl implements AdjRibIn {
    private final SetBuilder builder;
    private final LocalSets sets;
    private final boolean enabled;
    private final TreeMap<Family, RouteTable> tables = new TreeMap<>(Tables.ORDER);
    private Ipv4Table ipv4Unicast;

    AdjRibInImpl(Interner interner, SetCodec codec, boolean enabled) {
        this.builder = new SetBuilder(codec, interner);
        this.sets = new LocalSets(interner);
        this.enabled = enabled;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    private RouteTable table(Family family) {
        if (family.equals(Family.IPV4_UNICAST)) {
            if (ipv4Unicast == null) {
                ipv4Unicast = new Ipv4Table(Family.IPV4_UNICAST, false);
                tables.put(Family.IPV4_UNICAST, ipv4Unicast);
            }
            return ipv4Unicast;
        }
        return tables.computeIfAbsent(family, f -> Tables.create(f, false));
    }

    @Override
    public void apply(Update update) {
        if (!enabled) {
            return;
        }
        NlriList body = update.nlri();
        NlriList withdrawn = update.withdrawn();
        List<Attribute> attributes = update.attributes();
        if (body.isEmpty() && withdrawn.isEmpty()) {
            Family eor = update.endOfRib().orElse(null);
            if (eor != null) {
                sweepStale(eor);
                return;
            }
        }
        boolean asWithdraw = update.action() == ErrorAction.TREAT_AS_WITHDRAW;
        withdraw(withdrawn);
        MpReach reach = null;
        for (int i = 0, n = attributes.size(); i < n; i++) {
            Attribute a = attributes.get(i);
            if (a instanceof MpUnreach u) {
                withdraw(u.nlri());
            } else if (a instanceof MpReach r) {
                reach = r;
            }
        }
        if (!body.isEmpty()) {
            if (asWithdraw) {
                withdraw(body);
            } else {
                insert(body, builder.internBody(attributes));
            }
        }
        if (reach != null && !reach.nlri().isEmpty()) {
            if (asWithdraw) {
                withdraw(reach.nlri());
            } else {
                insert(reach.nlri(), builder.internMp(attributes, reach.family(), reach.nextHop()));
            }
        }
    }

    /** Store every NLRI of a list with a set the caller holds one interner reference to (taken over). */
    private void insert(NlriList list, AttrSet set) {
        RouteTable t = table(list.family());
        int s = sets.adopt(set); // counts one route reference
        int stored = 0;
        try {
            if (list instanceof Ipv4Prefixes p && t instanceof Ipv4Table v4) {
                for (int i = 0, n = p.size(); i < n; i++) {
                    stored += store(v4, v4.insert(p.prefix(i), p.pathId(i)), s);
                }
            } else if (list instanceof Ipv6Prefixes p && t instanceof Ipv6Table v6) {
                for (int i = 0, n = p.size(); i < n; i++) {
                    stored += store(v6, v6.insert(p.high(i), p.low(i), p.length(i), p.pathId(i)), s);
                }
            } else {
                for (int i = 0, n = list.size(); i < n; i++) {
                    stored += store(t, t.insertNlri(list.get(i)), s);
                }
            }
        } finally {
            // adopt() counted the first stored route
            if (stored > 0) {
                sets.retain(s, stored - 1);
            } else {
                sets.release(s);
            }
        }
    }

    /** Give a slot its set; 1 when that is a new reference to {@code s}. */
    private int store(RouteTable t, int slot, int s) {
        int old = t.set(slot);
        t.unflag(slot); // a route the peer sends again is no longer stale
        if (old == s) {
            return 0;
        }
        t.set(slot, s);
        if (old != 0) {
            sets.release(old);
        }
        return 1;
    }

    private void withdraw(NlriList list) {
        if (list.isEmpty()) {
            return;
        }
        RouteTable t = tables.get(list.family());
        if (t == null) {
            return;
        }
        if (list instanceof Ipv4Prefixes p && t instanceof Ipv4Table v4) {
            for (int i = 0, n = p.size(); i < n; i++) {
                drop(v4, v4.find(p.prefix(i), p.pathId(i)));
            }
        } else if (list instanceof Ipv6Prefixes p && t instanceof Ipv6Table v6) {
            for (int i = 0, n = p.size(); i < n; i++) {
                drop(v6, v6.find(p.high(i), p.low(i), p.length(i), p.pathId(i)));
            }
        } else {
            for (int i = 0, n = list.size(); i < n; i++) {
                drop(t, t.findNlri(list.get(i)));
            }
        }
    }

    private void drop(RouteTable t, int slot) {
        if (slot >= 0) {
            int old = t.set(slot);
            t.remove(slot);
            sets.release(old);
        }
    }

    @Override
    public int size() {
        int n = 0;
        for (RouteTable t : tables.values()) {
            n += t.size;
        }
        return n;
    }

    @Override
    public int size(Family family) {
        RouteTable t = tables.get(family);
        return t == null ? 0 : t.size;
    }

    @Override
    public Set<Family> families() {
        Set<Family> out = new LinkedHashSet<>();
        tables.forEach((f, t) -> {
            if (t.size > 0) {
                out.add(f);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    @Override
    public AttributeSet get(Nlri nlri) {
        RouteTable t = tables.get(nlri.family());
        if (t == null) {
            return null;
        }
        int s = t.findNlri(nlri);
        return s < 0 ? null : sets.get(t.set(s));
    }

    @Override
    public AttributeSet getIpv4(Family family, long prefix, int pathId) {
        RouteTable t = tables.get(family);
        if (!(t instanceof Ipv4Table v4)) {
            return null;
        }
        int s = v4.find(Ipv4Table.canonical(prefix), pathId);
        return s < 0 ? null : sets.get(t.set(s));
    }

    @Override
    public void forEach(RouteVisitor visitor) {
        for (RouteTable t : tables.values()) {
            visit(t, visitor);
        }
    }

    @Override
    public void forEach(Family family, RouteVisitor visitor) {
        RouteTable t = tables.get(family);
        if (t != null) {
            visit(t, visitor);
        }
    }

    private void visit(RouteTable t, RouteVisitor visitor) {
        for (int s = 0, cap = t.capacity; s < cap; s++) {
            if (t.live(s)) {
                t.visit(s, visitor, sets.get(t.set(s)));
            }
        }
    }

    @Override
    public void clear() {
        sets.clear();
        tables.clear();
        ipv4Unicast = null;
    }

    @Override
    public void markStale() {
        for (RouteTable t : tables.values()) {
            t.flagAll();
        }
    }

    @Override
    public int staleCount() {
        int n = 0;
        for (RouteTable t : tables.values()) {
            n += t.flagged;
        }
        return n;
    }

    @Override
    public int sweepStale(Family family) {
        RouteTable t = tables.get(family);
        return t == null ? 0 : sweep(t);
    }

    @Override
    public int sweepStale() {
        int n = 0;
        for (RouteTable t : tables.values()) {
            n += sweep(t);
        }
        return n;
    }

    private int sweep(RouteTable t) {
        int n = 0;
        for (int s = 0, cap = t.capacity; s < cap && t.flagged > 0; s++) {
            if (t.live(s) && t.flag(s)) {
                drop(t, s);
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "AdjRibIn[" + (enabled ? size() + " routes" : "disabled") + "]";
    }
}
