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
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Adj-RIB-Out: per family a {@link RouteTable} whose values are two {@link LocalSets} ids per route, the desired
 * set (0 once withdrawn) and the set last sent, plus a "send again" bit ({@code flags}, set by {@link #flush()}); a
 * route is pending when the bit is set or the two ids differ. Pending routes are listed by slot in buckets: one per
 * set (indexed by its id), queued per family in the order the sets became pending, and one of withdrawals per
 * family. Lists are lazy: a route that changes again is appended again, and an entry is checked against the route's
 * state when drained (it is sent only if the route is still pending with that bucket's set), so a change costs one
 * append and nothing is ever searched for. The lists are carried over in order when the table is rehashed, and
 * rebuilt from the table when they hold more than twice the routes, on session up, flush and clear. Each route
 * carries a change number ({@link RouteTable#seq}, per family, counted up on each change of its desired set), and a
 * rebuild sorts the pending routes by it: lists, and the queue of buckets, keep the order of the changes.
 *
 * <p>The packer writes each message straight into the writer's array: header, attributes copied from the set's
 * canonical bytes (or their 2-octet-AS form), NLRI from the primitive keys; MP_REACH_NLRI last, with a 1-octet
 * length when it fits (its content moved back one byte once known).
 */
final class AdjRibOutImpl implements AdjRibOut {
    private static final int BODY_ATTRIBUTES_AT = Message.HEADER_LENGTH + 4;
    /**
     * The "sent" id of a route the peer may hold although this RIB never sent it a set: its withdrawal is pending
     * ({@link #withdrawAlways}). Not a set id: nothing to release.
     */
    private static final int SENT_UNKNOWN = -1;

    private final SetBuilder builder;
    private final Interner interner;
    private final LocalSets sets;
    private final Grouping grouping;
    /** Sets built from routes, shared with the factory's other Adj-RIB-Outs (null: none). */
    private final SetCache setCache;
    private final TreeMap<Family, Out> families = new TreeMap<>(Tables.ORDER);
    /** The family {@link #out} gave last (families are never removed). */
    private Out lastOut;
    /** Buckets by set id (a set belongs to one family, so one array serves all). */
    private Bucket[] buckets = new Bucket[64];
    private boolean up;
    /** Where messages are built; see {@link #message()}. */
    private byte[] message;

    AdjRibOutImpl(Interner interner, SetCodec codec) {
        this(interner, codec, Grouping.ALL);
    }

    AdjRibOutImpl(Interner interner, SetCodec codec, Grouping grouping) {
        this(interner, codec, grouping, null);
    }

    /** @param setCache where sets built from routes are kept for the RIBs of the same interner and codec, or null */
    AdjRibOutImpl(Interner interner, SetCodec codec, Grouping grouping, SetCache setCache) {
        this.grouping = grouping;
        this.setCache = setCache;
        this.builder = new SetBuilder(codec, interner);
        this.interner = interner;
        this.sets = new LocalSets(interner);
    }

    /** Slots waiting to be sent with one set (id), or withdrawn (id 0). */
    static final class Bucket {
        final int id;
        int[] slots = new int[4];
        int head;
        int tail;
        /** In its family's queue. */
        boolean queued;
        /** Its set left the RIB: a new bucket serves the id. */
        boolean dead;

        Bucket(int id) {
            this.id = id;
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

    /** One family: its table, its queue of buckets, its withdrawals. */
    static final class Out {
        final Family family;
        /** Routes (and withdrawals) share UPDATEs. */
        final boolean grouped;
        /** The next change number. */
        int seq;
        final RouteTable table;
        final ArrayDeque<Bucket> queue = new ArrayDeque<>();
        final Bucket withdrawals = new Bucket(0);
        /** The table generation the bucket slots refer to. */
        int generation;
        /** Entries in this family's buckets. */
        long entries;
        /** Routes with a desired set. */
        int desired;
        /** Pending routes. */
        int pending;

        Out(Family family, boolean grouped) {
            this.family = family;
            this.grouped = grouped;
            this.table = Tables.create(family, true);
            this.generation = table.generation;
        }

        boolean pending(int s) {
            RouteTable t = table;
            return t.flag(s) || t.set(s) != t.sent(s);
        }
    }

    private Out out(Family family) {
        Out o = lastOut;
        if (o == null || !o.family.equals(family)) {
            o = families.computeIfAbsent(family, f -> new Out(f, grouping.groups(f)));
            lastOut = o;
        }
        return o;
    }

    @Override
    public Grouping grouping() {
        return grouping;
    }

    /** The next change number of a family (renumbering its routes first in the unlikely case that they ran out). */
    private static int nextSeq(Out o) {
        if (o.seq == Integer.MAX_VALUE) {
            RouteTable t = o.table;
            long[] keys = new long[t.size];
            int n = 0;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (t.live(s)) {
                    keys[n++] = (long) t.seq(s) << 32 | s;
                }
            }
            Arrays.sort(keys, 0, n);
            for (int i = 0; i < n; i++) {
                t.seq((int) keys[i], i);
            }
            o.seq = n;
        }
        return o.seq++;
    }

    private Bucket bucket(Out o, int id) {
        return bucket(o, id, false);
    }

    /** The bucket of a set, queued; {@code presize}: with room for every route that uses the set (a rebuild). */
    private Bucket bucket(Out o, int id, boolean presize) {
        if (id >= buckets.length) {
            buckets = Arrays.copyOf(buckets, Math.max(id + 1, buckets.length * 2));
        }
        Bucket b = buckets[id];
        if (b == null) {
            b = new Bucket(id);
            buckets[id] = b;
        }
        if (presize && b.size() == 0 && b.slots.length < sets.count(id)) {
            b.clear();
            b.slots = new int[Math.min(sets.count(id), 1 << 20)]; // routes that use the set: enough, in one go
        }
        if (!b.queued) {
            b.queued = true;
            o.queue.add(b);
        }
        return b;
    }

    /** One route reference less to a set (none for 0 and {@link #SENT_UNKNOWN}); its bucket dies with it. */
    private void release(int id) {
        if (id > 0 && sets.get(id) != null) {
            AttrSet s = sets.get(id);
            sets.release(id);
            if (sets.get(id) != s && id < buckets.length && buckets[id] != null) {
                Bucket b = buckets[id];
                b.dead = true;
                buckets[id] = null;
                families.get(familyOf(s)).entries -= b.size();
                b.clear();
            }
        }
    }

    private static Family familyOf(AttrSet s) {
        return s.mpFamily().orElse(Family.IPV4_UNICAST);
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
        AttrSet cached = setCache == null ? null : setCache.get(route);
        // a set this RIB already uses is counted locally: no interner operation
        int id = cached == null ? 0 : sets.retainIfUsed(cached);
        if (id == 0) {
            AttrSet s;
            if (cached != null) {
                s = interner.acquire(cached);
            } else {
                byte[] nextHop = route.nextHop();
                s = builder.route(route.family(), nextHop, route.attributes(), true);
                if (setCache != null) {
                    setCache.put(route.family(), nextHop, route.attributes(), s);
                }
            }
            id = sets.adopt(s);
        }
        int slot;
        try {
            slot = o.table.insertNlri(route.nlri());
        } catch (RuntimeException e) {
            sets.release(id);
            throw e;
        }
        put(o, slot, id);
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
        put(o, slot, sets.adopt(s));
    }

    @Override
    public void announceIpv4(Family family, long prefix, int pathId, AttributeSet attributes) {
        long p = Ipv4Table.canonical(prefix);
        AttrSet c = check(family, attributes);
        Out o = out(family);
        if (!(o.table instanceof Ipv4Table v4)) {
            throw new IllegalArgumentException("not an IPv4 family: " + family);
        }
        put(o, v4.insert(p, pathId), sets.adopt(interner.acquire(c)));
    }

    @Override
    public void announceIpv6(Family family, long high, long low, int length, int pathId, AttributeSet attributes) {
        Ipv6Table.check(length);
        AttrSet c = check(family, attributes);
        Out o = out(family);
        if (!(o.table instanceof Ipv6Table v6)) {
            throw new IllegalArgumentException("not an IPv6 family: " + family);
        }
        put(o, v6.insert(high, low, length, pathId), sets.adopt(interner.acquire(c)));
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

    /** Make set {@code id} (one route reference counted for this route, taken over) the desired set of a slot. */
    private void put(Out o, int slot, int id) {
        RouteTable t = o.table;
        if (up && o.generation != t.generation) {
            follow(o); // the insert rehashed the table
        }
        int old = t.set(slot);
        if (old == id) {
            sets.release(id); // the same attributes again: nothing changes
            return;
        }
        boolean was = o.pending(slot);
        t.set(slot, id);
        t.seq(slot, nextSeq(o));
        if (old != 0) {
            release(old);
        } else {
            o.desired++;
        }
        boolean now = o.pending(slot);
        o.pending += (now ? 1 : 0) - (was ? 1 : 0);
        if (now && up) {
            enqueue(o, bucket(o, id), slot);
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

    @Override
    public void withdrawAlways(Nlri nlri) {
        if (!up) {
            withdraw(nlri);
            return;
        }
        Out o = out(nlri.family());
        RouteTable t = o.table;
        int slot = t.insertNlri(nlri);
        if (o.generation != t.generation) {
            follow(o); // the insert rehashed the table
        }
        int old = t.set(slot);
        if (t.sent(slot) != 0) {
            if (old != 0) {
                withdrawSlot(o, slot); // the peer was sent the route: the ordinary withdrawal
            }
            return; // else a withdrawal is pending already
        }
        // the peer was never sent the route (or has its withdrawal): a withdrawal all the same
        boolean was = o.pending(slot);
        t.set(slot, 0);
        t.sent(slot, SENT_UNKNOWN);
        t.clearFlag(slot);
        t.seq(slot, nextSeq(o));
        o.pending += was ? 0 : 1;
        enqueue(o, o.withdrawals, slot);
        if (old != 0) {
            o.desired--;
            release(old);
        }
    }

    private boolean withdrawSlot(Out o, int slot) {
        RouteTable t = o.table;
        if (slot < 0 || t.set(slot) == 0) {
            return false;
        }
        boolean was = o.pending(slot);
        int old = t.set(slot);
        t.set(slot, 0);
        o.desired--;
        if (t.sent(slot) == 0) {
            t.remove(slot); // the peer never had it: nothing to send
            o.pending -= was ? 1 : 0;
        } else {
            t.clearFlag(slot);
            t.seq(slot, nextSeq(o));
            o.pending += was ? 0 : 1;
            if (up) {
                enqueue(o, o.withdrawals, slot);
            }
        }
        release(old);
        return true;
    }

    private void enqueue(Out o, Bucket b, int slot) {
        if (o.generation != o.table.generation) {
            follow(o);
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
        o.entries = remap(o.withdrawals, map);
        for (Bucket b : o.queue) {
            o.entries += remap(b, map);
        }
        o.generation = t.generation;
    }

    private static int remap(Bucket b, int[] map) {
        int k = 0;
        for (int i = b.head; i < b.tail; i++) {
            int n = map[b.slots[i]];
            if (n >= 0) {
                b.slots[k++] = n;
            }
        }
        b.head = 0;
        b.tail = k;
        return k;
    }

    private void clearBuckets(Out o) {
        for (Bucket b : o.queue) {
            b.clear();
            b.queued = false;
        }
        o.queue.clear();
        o.withdrawals.clear();
        o.entries = 0;
    }

    /**
     * List every pending route of a family again, from the table (when the session is up), in the order of their
     * changes: placed by change number when the numbers are dense enough (one pass over the table, one over the
     * numbers), sorted otherwise.
     */
    private void rebuild(Out o) {
        clearBuckets(o);
        RouteTable t = o.table;
        t.moved = null;
        o.generation = t.generation;
        int pending = 0;
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int s = 0, cap = t.capacity; s < cap; s++) {
            if (t.live(s) && o.pending(s)) {
                pending++;
                int q = t.seq(s);
                min = Math.min(min, q);
                max = Math.max(max, q);
            }
        }
        if (up && pending > 0) {
            long range = (long) max - min + 1;
            if (range <= 4L * pending + 1024) {
                int[] slotAt = new int[(int) range]; // slot + 1 by change number - min; 0: none
                int[] idAt = new int[(int) range];
                for (int s = 0, cap = t.capacity; s < cap; s++) {
                    if (t.live(s) && o.pending(s)) {
                        int q = t.seq(s) - min;
                        slotAt[q] = s + 1;
                        idAt[q] = t.set(s);
                    }
                }
                for (int q = 0; q < slotAt.length; q++) {
                    if (slotAt[q] != 0) {
                        int id = idAt[q];
                        (id == 0 ? o.withdrawals : bucket(o, id, true)).add(slotAt[q] - 1);
                    }
                }
            } else {
                long[] keys = new long[pending];
                int n = 0;
                for (int s = 0, cap = t.capacity; s < cap; s++) {
                    if (t.live(s) && o.pending(s)) {
                        keys[n++] = (long) t.seq(s) << 32 | s;
                    }
                }
                Arrays.sort(keys);
                for (long k : keys) {
                    int s = (int) k;
                    int id = t.set(s);
                    (id == 0 ? o.withdrawals : bucket(o, id, true)).add(s);
                }
            }
        }
        o.pending = pending;
        o.entries = up ? pending : 0;
    }

    // ---- state

    @Override
    public AttributeSet get(Nlri nlri) {
        Out o = families.get(nlri.family());
        if (o == null) {
            return null;
        }
        int s = o.table.findNlri(nlri);
        return s < 0 ? null : sets.get(o.table.set(s));
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

    private void visit(RouteTable t, RouteVisitor visitor) {
        for (int s = 0, cap = t.capacity; s < cap; s++) {
            if (t.live(s) && t.set(s) != 0) {
                t.visit(s, visitor, sets.get(t.set(s)));
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
            clearBuckets(o);
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (!t.live(s)) {
                    continue;
                }
                int sent = t.sent(s);
                t.sent(s, 0);
                t.clearFlag(s);
                if (t.set(s) == 0) {
                    t.remove(s);
                }
                if (sent != 0) {
                    release(sent);
                }
            }
            o.pending = o.desired;
        }
    }

    @Override
    public void flush() {
        for (Out o : families.values()) {
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (t.live(s) && t.set(s) != 0) {
                    t.setFlag(s);
                }
            }
            rebuild(o);
        }
    }

    @Override
    public void clear() {
        for (Out o : families.values()) {
            clearBuckets(o);
            RouteTable t = o.table;
            for (int s = 0, cap = t.capacity; s < cap; s++) {
                if (!t.live(s)) {
                    continue;
                }
                int id = t.set(s);
                t.set(s, 0);
                t.clearFlag(s);
                if (t.sent(s) == 0) {
                    t.remove(s);
                }
                if (id != 0) {
                    release(id);
                }
            }
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
            Bucket b;
            while ((b = o.queue.peek()) != null) {
                while (!b.dead && b.size() > 0) {
                    if (out.position() - begin >= maxBytes) {
                        return false;
                    }
                    packAnnouncements(o, b, addPath, context, max, out);
                }
                o.queue.poll();
                b.queued = false;
            }
        }
        return true;
    }

    private static void putShort(byte[] buf, int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    /**
     * The buffer a message is built in (its marker and type written once, the rest overwritten by each message),
     * then copied whole into the writer: no byte of the writer is written twice.
     */
    private byte[] message() {
        byte[] m = message;
        if (m == null) {
            m = new byte[Message.MAX_EXTENDED_LENGTH];
            Arrays.fill(m, 0, 16, (byte) 0xFF);
            m[18] = Message.TYPE_UPDATE;
            message = m;
        }
        return m;
    }

    /** One UPDATE of withdrawals (or none when the bucket held only entries that are no longer pending). */
    private void packWithdrawals(Out o, boolean addPath, int max, WireWriter out) {
        RouteTable t = o.table;
        Bucket b = o.withdrawals;
        boolean body = o.family.equals(Family.IPV4_UNICAST);
        byte[] buf = message();
        int p;
        int limit;
        if (body) {
            p = 21; // withdrawn routes
            limit = max - 2; // the path-attributes length (0) follows
        } else {
            putShort(buf, 19, 0);
            buf[24] = MpUnreach.TYPE;
            putShort(buf, 27, o.family.afi());
            buf[29] = (byte) o.family.safi();
            p = 30;
            limit = max;
        }
        boolean one = !o.grouped;
        int n = 0;
        int[] slots = b.slots;
        while (b.head < b.tail) {
            int slot = slots[b.head];
            if (!(t.live(slot) && t.set(slot) == 0 && t.sent(slot) != 0)) {
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
            int sent = t.sent(slot);
            t.remove(slot);
            release(sent);
            n++;
            if (one) {
                break;
            }
        }
        if (n == 0) {
            return;
        }
        o.pending -= n;
        if (body) {
            putShort(buf, 19, p - 21);
            putShort(buf, p, 0);
            p += 2;
        } else {
            p = closeMp(buf, 23, p);
            putShort(buf, 21, p - 23);
        }
        putShort(buf, 16, p);
        out.write(buf, 0, p);
    }

    /** One UPDATE announcing routes of a bucket (or none when no entry was still pending). */
    private void packAnnouncements(Out o, Bucket b, boolean addPath, OpenContext context, int max, WireWriter out) {
        RouteTable t = o.table;
        int id = b.id;
        AttrSet s = sets.get(id);
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
        byte[] buf = message();
        putShort(buf, 19, 0); // no withdrawn routes
        int p = BODY_ATTRIBUTES_AT;
        int limit = max;
        System.arraycopy(attrs, 0, buf, p, alen);
        p += alen;
        int mpAt = p;
        if (mp > 0) {
            buf[p + 1] = MpReach.TYPE;
            p += 4; // flags, type, length: see closeMp
            System.arraycopy(s.bytes, s.bytes.length - mp, buf, p, mp);
            p += mp;
        }
        boolean one = !o.grouped;
        int n = 0;
        boolean full = false;
        int[] slots = b.slots;
        while (b.head < b.tail) {
            int slot = slots[b.head];
            if (!(t.live(slot) && t.set(slot) == id && (t.flag(slot) || t.sent(slot) != id))) {
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
            int old = t.sent(slot);
            t.sent(slot, id);
            t.clearFlag(slot);
            if (old != 0) {
                release(old); // the route still holds the bucket's set (as desired) if it is this one
            }
            n++;
            if (one) {
                break;
            }
        }
        if (n == 0) {
            if (full) {
                tooLarge(o, b, alen, max);
            }
            return;
        }
        sets.retain(id, n);
        o.pending -= n;
        if (mp > 0) {
            p = closeMp(buf, mpAt, p);
            putShort(buf, 21, p - BODY_ATTRIBUTES_AT);
        } else {
            putShort(buf, 21, alen);
        }
        putShort(buf, 16, p);
        out.write(buf, 0, p);
    }

    /**
     * Finish the MP attribute written at {@code at} (flags, type, two bytes for the length, then its content up to
     * {@code end}): as ExaBGP, optional with a 1-octet length (0x80) when the content fits one, the content then
     * moved back one byte; the extended length (0x90) otherwise. Returns the end of the attribute.
     */
    private static int closeMp(byte[] buf, int at, int end) {
        int len = end - at - 4;
        if (len <= 0xFF) {
            buf[at] = (byte) Attribute.FLAG_OPTIONAL;
            buf[at + 2] = (byte) len;
            System.arraycopy(buf, at + 4, buf, at + 3, len);
            return end - 1;
        }
        buf[at] = (byte) (Attribute.FLAG_OPTIONAL | Attribute.FLAG_EXTENDED_LENGTH);
        putShort(buf, at + 2, len);
        return end;
    }

    /**
     * A set whose attributes leave no room for an NLRI in a message of the session: when the bucket still lists a
     * pending route, drop the list (the routes stay pending, and go with the next rebuild) and fail.
     */
    private void tooLarge(Out o, Bucket b, int alen, int max) {
        RouteTable t = o.table;
        int id = b.id;
        boolean any = false;
        for (int i = b.head; i < b.tail && !any; i++) {
            int slot = b.slots[i];
            any = t.live(slot) && t.set(slot) == id && (t.flag(slot) || t.sent(slot) != id);
        }
        o.entries -= b.size();
        b.clear();
        if (any) {
            throw new BgpEncodeException("attributes of " + alen + " bytes leave no room for " + o.family
                    + " NLRI in a " + max + "-byte UPDATE: " + sets.get(id));
        }
    }

    /** Entries in all buckets (for tests: bounded by twice the routes plus a constant). */
    long bucketEntries() {
        long n = 0;
        for (Out o : families.values()) {
            n += o.entries;
        }
        return n;
    }

    @Override
    public String toString() {
        return "AdjRibOut[" + size() + " routes, " + pending() + " pending, " + (up ? "up" : "down") + "]";
    }
}
