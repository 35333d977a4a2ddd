package bgp.rib.internal;

import bgp.codec.BgpEncodeException;
import bgp.codec.Family;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.attribute.Attribute;
import bgp.codec.attribute.MpReach;
import bgp.codec.attribute.MpUnreach;
import bgp.codec.message.Message;
import bgp.codec.nlri.Nlri;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.Route;
import bgp.rib.RouteVisitor;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Adj-RIB-Out: per family a {@link RouteTable} whose values are the desired set ({@code set}, null once
 * withdrawn), the set last sent ({@code sent}) and a "send again" bit ({@code flags}, set by {@link #flush()}); a
 * route is pending when the bit is set or the two sets differ. Pending routes are listed in buckets by slot: one per
 * attribute set, in the order the sets first became pending, and one of withdrawals. Lists are lazy: a route that
 * changes again is appended again, and entries are checked against the route's state when drained (an entry is sent
 * only if the route is still pending with that bucket's set), so a change costs one append and nothing is ever
 * searched for; when the lists hold more than twice the routes they are rebuilt from the table, and so after a
 * rehash (slot numbers change) and on session up, flush and clear.
 *
 * <p>The packer writes each message straight into the writer's array: header, attributes copied from the set's
 * canonical bytes (or their 2-octet-AS form), and NLRI from the primitive keys.
 */
final class AdjRibOutImpl implements AdjRibOut {
    private static final int BODY_ATTRIBUTES_AT = Message.HEADER_LENGTH + 4;

    private final Interner interner;
    private final SetBuilder builder;
    private final Releaser releaser;
    private final TreeMap<Family, Out> families = new TreeMap<>(Tables.ORDER);
    private boolean up;

    AdjRibOutImpl(Interner interner, SetCodec codec) {
        this.interner = interner;
        this.builder = new SetBuilder(codec, interner);
        this.releaser = new Releaser(interner);
    }

    /** Slots waiting to be sent with one attribute set (or withdrawn). */
    static final class Bucket {
        AttrSet set;
        int[] slots = new int[4];
        int head;
        int tail;

        Bucket(AttrSet set) {
            this.set = set;
        }

        int size() {
            return tail - head;
        }

        void add(int slot) {
            if (tail == slots.length) {
                int n = tail - head;
                if (head > n) {
                    System.arraycopy(slots, head, slots, 0, n);
                } else {
                    slots = Arrays.copyOfRange(slots, head, head + Math.max(8, 2 * n));
                }
                head = 0;
                tail = n;
            }
            slots[tail++] = slot;
        }

        void clear() {
            head = 0;
            tail = 0;
        }
    }

    /** One family: its table and its buckets. */
    static final class Out {
        final Family family;
        final RouteTable table;
        final LinkedHashMap<AttrSet, Bucket> buckets = new LinkedHashMap<>();
        final Bucket withdrawals = new Bucket(null);
        /** The table generation the bucket slots refer to. */
        int generation;
        /** Entries in all buckets. */
        long entries;
        /** Routes with a desired set. */
        int desired;
        /** Pending routes. */
        int pending;
        private Bucket last;

        Out(Family family) {
            this.family = family;
            this.table = Tables.create(family, true);
            this.generation = table.generation;
        }

        Bucket bucket(AttrSet s) {
            Bucket b = last;
            if (b != null && b.set == s) {
                return b;
            }
            b = buckets.get(s);
            if (b == null) {
                b = new Bucket(s);
                buckets.put(s, b);
            } else {
                b.set = s; // an equal set interned anew after the bucket's one was freed
            }
            last = b;
            return b;
        }

        void clearBuckets() {
            buckets.clear();
            withdrawals.clear();
            last = null;
            entries = 0;
        }

        boolean pending(int s) {
            RouteTable t = table;
            return t.flag(s) || t.set[s] != t.sent[s];
        }
    }

    private Out out(Family family) {
        return families.computeIfAbsent(family, Out::new);
    }

    // ---- announce and withdraw

    @Override
    public void announce(Route route) {
        if (route.isSelf()) {
            throw new IllegalArgumentException("unresolved next-hop self (" + Family.afiName(route.nextHopSelf().afi())
                    + ") in route " + route.nlri() + ": it must be resolved with the neighbor's session before it"
                    + " enters the Adj-RIB-Out");
        }
        Out o = out(route.family());
        AttrSet s = builder.route(route.family(), route.nextHop(), route.attributes(), true);
        int slot;
        try {
            slot = o.table.insertNlri(route.nlri());
        } catch (RuntimeException e) {
            interner.release(s, 1);
            throw e;
        }
        put(o, slot, s);
    }

    @Override
    public void announce(Nlri nlri, AttributeSet attributes) {
        Out o = out(nlri.family());
        AttrSet s = interner.acquire(check(nlri.family(), attributes));
        int slot;
        try {
            slot = o.table.insertNlri(nlri);
        } catch (RuntimeException e) {
            interner.release(s, 1);
            throw e;
        }
        put(o, slot, s);
    }

    @Override
    public void announceIpv4(Family family, long prefix, int pathId, AttributeSet attributes) {
        long p = Ipv4Table.canonical(prefix);
        AttrSet c = check(family, attributes);
        if (!(out(family).table instanceof Ipv4Table)) {
            throw new IllegalArgumentException("not an IPv4 family: " + family);
        }
        Out o = out(family);
        AttrSet s = interner.acquire(c);
        put(o, ((Ipv4Table) o.table).insert(p, pathId), s);
    }

    @Override
    public void announceIpv6(Family family, long high, long low, int length, int pathId, AttributeSet attributes) {
        Ipv6Table.check(length);
        AttrSet c = check(family, attributes);
        if (!(out(family).table instanceof Ipv6Table)) {
            throw new IllegalArgumentException("not an IPv6 family: " + family);
        }
        Out o = out(family);
        AttrSet s = interner.acquire(c);
        put(o, ((Ipv6Table) o.table).insert(high, low, length, pathId), s);
    }

    /** The set as this RIB's type, checked to travel with routes of the family. */
    private static AttrSet check(Family family, AttributeSet attributes) {
        if (!(attributes instanceof AttrSet s)) {
            throw new IllegalArgumentException("not an attribute set of the RIB factory: " + attributes);
        }
        int key = s.mpKey();
        boolean fits = key < 0 ? family.equals(Family.IPV4_UNICAST) : key == (family.afi() << 8 | family.safi());
        if (!fits) {
            throw new IllegalArgumentException("a route of " + family + " cannot take attributes for "
                    + s.mpFamily().map(f -> f + " (MP_REACH_NLRI)").orElse("ipv4 unicast (UPDATE body)"));
        }
        return s;
    }

    /** Make {@code s} (one reference held by the caller, taken over) the desired set of a slot. */
    private void put(Out o, int slot, AttrSet s) {
        RouteTable t = o.table;
        if (up && o.generation != t.generation) {
            follow(o); // the insert rehashed the table
        }
        AttrSet old = t.set[slot];
        if (old == s) {
            interner.release(s, 1); // the same attributes again: nothing changes
            return;
        }
        boolean was = o.pending(slot);
        t.set[slot] = s;
        if (old != null) {
            interner.release(old, 1);
        } else {
            o.desired++;
        }
        boolean now = o.pending(slot);
        o.pending += (now ? 1 : 0) - (was ? 1 : 0);
        if (now) {
            enqueue(o, o.bucket(s), slot);
        }
    }

    @Override
    public boolean withdraw(Nlri nlri) {
        Out o = families.get(nlri.family());
        return o != null && withdrawSlot(o, o.table.findNlri(nlri));
    }

    @Override
    public boolean withdrawIpv4(Family family, long prefix, int pathId) {
        Out o = families.get(family);
        if (o == null || !(o.table instanceof Ipv4Table v4)) {
            return false;
        }
        return withdrawSlot(o, v4.find(Ipv4Table.canonical(prefix), pathId));
    }

    private boolean withdrawSlot(Out o, int slot) {
        RouteTable t = o.table;
        if (slot < 0 || t.set[slot] == null) {
            return false;
        }
        boolean was = o.pending(slot);
        interner.release(t.set[slot], 1);
        t.set[slot] = null;
        o.desired--;
        if (t.sent[slot] == null) {
            t.remove(slot); // the peer never had it: nothing to send
            o.pending -= was ? 1 : 0;
        } else {
            t.clearFlag(slot);
            o.pending += was ? 0 : 1;
            enqueue(o, o.withdrawals, slot);
        }
        return true;
    }

    private void enqueue(Out o, Bucket b, int slot) {
        if (!up) {
            return; // sessionUp() lists everything
        }
        if (o.generation != o.table.generation) {
            follow(o); // slots moved
        }
        b.add(slot);
        o.entries++;
        if (o.entries > 2L * o.table.size + 1024) {
            rebuild(o);
        }
    }

    /**
     * After a rehash: carry the bucket entries over to the new slots, in order; rebuild instead when more than one
     * rehash happened since.
     */
    private void follow(Out o) {
        RouteTable t = o.table;
        int[] map = t.moved;
        t.moved = null;
        if (map == null || o.generation != t.generation - 1) {
            rebuild(o);
            return;
        }
        o.entries = 0;
        remap(o.withdrawals, map);
        o.entries += o.withdrawals.size();
        for (Bucket b : o.buckets.values()) {
            remap(b, map);
            o.entries += b.size();
        }
        o.generation = t.generation;
    }

    private static void remap(Bucket b, int[] map) {
        int k = 0;
        for (int i = b.head; i < b.tail; i++) {
            int n = map[b.slots[i]];
            if (n >= 0) {
                b.slots[k++] = n;
            }
        }
        b.head = 0;
        b.tail = k;
    }

    /** List every pending route of a family again, from the table. */
    private void rebuild(Out o) {
        o.clearBuckets();
        RouteTable t = o.table;
        t.moved = null;
        o.generation = t.generation;
        int pending = 0;
        for (int s = 0, cap = t.capacity; s < cap; s++) {
            if (t.live(s) && o.pending(s)) {
                pending++;
                if (up) {
                    (t.set[s] == null ? o.withdrawals : o.bucket(t.set[s])).add(s);
                    o.entries++;
                }
            }
        }
        o.pending = pending;
    }

    // ---- state

    @Override
    public AttributeSet get(Nlri nlri) {
        Out o = families.get(nlri.family());
        if (o == null) {
            return null;
        }
        int s = o.table.findNlri(nlri);
        return s < 0 ? null : o.table.set[s];
    }

    @Override
    public int size() {
        int n = 0;
        for (Out o : families.values()) {
            n += o.desired;
        }
        return n;
    }

    @Override
    public int size(Family family) {
        Out o = families.get(family);
        return o == null ? 0 : o.desired;
    }

    @Override
    public Set<Family> families() {
        Set<Family> out = new LinkedHashSet<>();
        families.forEach((f, o) -> {
            if (o.desired > 0) {
                out.add(f);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    @Override
    public void forEach(RouteVisitor visitor) {
        for (Out o : families.values()) {
            visit(o.table, visitor);
        }
    }

    @Override
    public void forEach(Family family, RouteVisitor visitor) {
        Out o = families.get(family);
        if (o != null) {
            visit(o.table, visitor);
        }
    }

    private static void visit(RouteTable t, RouteVisitor visitor) {
        for (int s = 0, cap = t.capacity; s < cap; s++) {
            if (t.live(s) && t.set[s] != null) {
                t.visit(s, visitor, t.set[s]);
            }
        }
    }

    @Override
    public int pending() {
        int n = 0;
        for (Out o : families.values()) {
            n += o.pending;
        }
        return n;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public void sessionUp() {
        up = true;
        for (Out o : families.values()) {
            rebuild(o);
        }
    }

    @Override
    public void sessionDown() {
        up = false;
        for (Out o : families.values()) {
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (!t.live(s)) {
                    continue;
                }
                if (t.sent[s] != null) {
                    releaser.add(t.sent[s]);
                    t.sent[s] = null;
                }
                t.clearFlag(s);
                if (t.set[s] == null) {
                    t.remove(s);
                }
            }
            releaser.flush();
            o.clearBuckets();
            o.pending = o.desired;
        }
    }

    @Override
    public void flush() {
        for (Out o : families.values()) {
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (t.live(s) && t.set[s] != null) {
                    t.setFlag(s);
                }
            }
            rebuild(o);
        }
    }

    @Override
    public void clear() {
        for (Out o : families.values()) {
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (!t.live(s)) {
                    continue;
                }
                if (t.set[s] != null) {
                    releaser.add(t.set[s]);
                    t.set[s] = null;
                }
                t.clearFlag(s);
                if (t.sent[s] == null) {
                    t.remove(s);
                }
            }
            releaser.flush();
            o.desired = 0;
            rebuild(o);
        }
    }

    // ---- packing

    @Override
    public boolean drain(OpenContext context, WireWriter out, int maxBytes) {
        if (!up) {
            throw new IllegalStateException("the session is down: the Adj-RIB-Out has nothing to send");
        }
        int begin = out.position();
        int max = context.maxMessageSize();
        for (Out o : families.values()) {
            if (!context.supports(o.family)) {
                continue;
            }
            if (o.generation != o.table.generation) {
                follow(o);
            }
            boolean addPath = context.addPathSend(o.family);
            while (o.withdrawals.size() > 0) {
                if (out.position() - begin >= maxBytes) {
                    return false;
                }
                packWithdrawals(o, addPath, max, out);
            }
            o.withdrawals.clear();
        }
        for (Out o : families.values()) {
            if (!context.supports(o.family)) {
                continue;
            }
            boolean addPath = context.addPathSend(o.family);
            Iterator<Bucket> it = o.buckets.values().iterator();
            while (it.hasNext()) {
                Bucket b = it.next();
                while (b.size() > 0) {
                    if (out.position() - begin >= maxBytes) {
                        return false;
                    }
                    packAnnouncements(o, b, addPath, context, max, out);
                }
                it.remove();
                if (o.last == b) {
                    o.last = null;
                }
            }
        }
        return true;
    }

    private static void putShort(byte[] buf, int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    /** Reserve a whole message in the writer and write its marker and type; the length is patched at the end. */
    private static byte[] begin(WireWriter out, int start, int max) {
        out.skip(max);
        byte[] buf = out.array();
        Arrays.fill(buf, start, start + 16, (byte) 0xFF);
        buf[start + 18] = Message.TYPE_UPDATE;
        return buf;
    }

    /** One UPDATE of withdrawals (or none when the bucket held only entries that are no longer pending). */
    private void packWithdrawals(Out o, boolean addPath, int max, WireWriter out) {
        RouteTable t = o.table;
        Bucket b = o.withdrawals;
        boolean body = o.family.equals(Family.IPV4_UNICAST);
        int start = out.position();
        byte[] buf = begin(out, start, max);
        int p;
        int limit;
        if (body) {
            p = start + 21; // withdrawn routes
            limit = start + max - 2; // the path-attributes length (0) follows
        } else {
            buf[start + 23] = (byte) (Attribute.FLAG_OPTIONAL | Attribute.FLAG_EXTENDED_LENGTH);
            buf[start + 24] = MpUnreach.TYPE;
            putShort(buf, start + 27, o.family.afi());
            buf[start + 29] = (byte) o.family.safi();
            p = start + 30;
            limit = start + max;
        }
        int n = 0;
        int[] slots = b.slots;
        while (b.head < b.tail) {
            int slot = slots[b.head];
            if (!(t.live(slot) && t.set[slot] == null && t.sent[slot] != null)) {
                b.head++;
                o.entries--;
                continue;
            }
            int len = t.nlriLength(slot, addPath, true);
            if (p + len > limit) {
                break;
            }
            p = t.writeNlri(slot, buf, p, addPath, true);
            b.head++;
            o.entries--;
            releaser.add(t.sent[slot]);
            t.remove(slot);
            n++;
        }
        releaser.flush();
        if (n == 0) {
            out.truncate(start);
            return;
        }
        o.pending -= n;
        if (body) {
            putShort(buf, start + 19, p - start - 21);
            p += 2;
        } else {
            putShort(buf, start + 25, p - start - 27);
            putShort(buf, start + 21, p - start - 23);
        }
        putShort(buf, start + 16, p - start);
        out.truncate(p);
    }

    /** One UPDATE announcing routes of a bucket (or none when no entry was still pending). */
    private void packAnnouncements(Out o, Bucket b, boolean addPath, OpenContext context, int max, WireWriter out) {
        RouteTable t = o.table;
        AttrSet s = b.set;
        byte[] attrs;
        int alen;
        if (context.asn4()) {
            attrs = s.bytes;
            alen = s.attributesLength();
        } else {
            attrs = s.twoOctet();
            alen = attrs.length;
        }
        int mp = s.mp;
        if (BODY_ATTRIBUTES_AT + alen + (mp > 0 ? 4 + mp : 0) >= max) {
            tooLarge(o, b, alen, max);
            return;
        }
        int start = out.position();
        byte[] buf = begin(out, start, max);
        int p = BODY_ATTRIBUTES_AT + start;
        int mpLengthAt = -1;
        int limit = start + max;
        if (mp > 0) {
            buf[p++] = (byte) (Attribute.FLAG_OPTIONAL | Attribute.FLAG_EXTENDED_LENGTH);
            buf[p++] = MpReach.TYPE;
            mpLengthAt = p;
            p += 2;
            System.arraycopy(s.bytes, s.bytes.length - mp, buf, p, mp);
            p += mp;
            limit -= alen; // the other attributes follow MP_REACH_NLRI
        } else {
            System.arraycopy(attrs, 0, buf, p, alen);
            p += alen;
        }
        int n = 0;
        boolean full = false;
        int[] slots = b.slots;
        while (b.head < b.tail) {
            int slot = slots[b.head];
            if (!(t.live(slot) && t.set[slot] == s && (t.flag(slot) || t.sent[slot] != s))) {
                b.head++;
                o.entries--;
                continue;
            }
            int len = t.nlriLength(slot, addPath, false);
            if (p + len > limit) {
                full = true;
                break;
            }
            p = t.writeNlri(slot, buf, p, addPath, false);
            b.head++;
            o.entries--;
            AttrSet old = t.sent[slot];
            t.sent[slot] = s;
            t.clearFlag(slot);
            if (old != null) {
                releaser.add(old);
            }
            n++;
        }
        if (n == 0) {
            out.truncate(start);
            if (full) {
                tooLarge(o, b, alen, max);
            }
            return;
        }
        interner.retain(s, n);
        releaser.flush();
        o.pending -= n;
        if (mp > 0) {
            putShort(buf, mpLengthAt, p - mpLengthAt - 2);
            System.arraycopy(attrs, 0, buf, p, alen);
            p += alen;
            putShort(buf, start + 21, p - start - BODY_ATTRIBUTES_AT);
        } else {
            putShort(buf, start + 21, alen);
        }
        putShort(buf, start + 16, p - start);
        out.truncate(p);
    }

    /** Entries in all buckets (for tests: bounded by twice the routes plus a constant). */
    long bucketEntries() {
        long n = 0;
        for (Out o : families.values()) {
            n += o.entries;
        }
        return n;
    }

    /**
     * A set whose attributes leave no room for an NLRI in a message of the session: when the bucket still lists a
     * pending route, drop the list (the routes stay pending, and go with the next rebuild) and fail.
     */
    private void tooLarge(Out o, Bucket b, int alen, int max) {
        RouteTable t = o.table;
        AttrSet s = b.set;
        boolean any = false;
        for (int i = b.head; i < b.tail && !any; i++) {
            int slot = b.slots[i];
            any = t.live(slot) && t.set[slot] == s && (t.flag(slot) || t.sent[slot] != s);
        }
        o.entries -= b.size();
        b.clear();
        if (any) {
            throw new BgpEncodeException("attributes of " + alen + " bytes leave no room for " + o.family
                    + " NLRI in a " + max + "-byte UPDATE: " + s);
        }
    }

    @Override
    public String toString() {
        return "AdjRibOut[" + size() + " routes, " + pending() + " pending, " + (up ? "up" : "down") + "]";
    }
}
