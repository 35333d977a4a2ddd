package bgp.rib.internal;

import bgp.codec.Family;
import bgp.codec.WireWriter;
import bgp.codec.nlri.IpPrefix;
import bgp.codec.nlri.LabeledPrefix;
import bgp.codec.nlri.Nlri;
import bgp.codec.nlri.VpnPrefix;
import bgp.rib.RouteVisitor;

/**
 * Routes of the other families (labeled unicast, MPLS VPN, any family a codec bundle adds), held as NLRI objects:
 * an object per route, acceptable for families that are not carried by the hundred thousand. The key leaves out what
 * a withdrawal need not repeat: a labeled route is keyed by its prefix (and path identifier), a VPN route by its
 * route distinguisher and prefix; any other NLRI is its own key ({@code equals}). Withdrawals of labeled and VPN
 * routes carry the RFC 8277 compatibility label.
 */
final class NlriTable extends RouteTable {
    private static final Object TOMBSTONE = new Object();

    private Object[] keys;
    private Nlri[] nlris;
    private final WireWriter scratch = new WireWriter(64);
    private int scratchSlot = -1;
    private boolean scratchWithdrawal;
    private boolean scratchAddPath;

    NlriTable(Family family, boolean withSent) {
        super(family, withSent);
        newKeys(capacity);
    }

    private record VpnKey(long rd, IpPrefix prefix) {
    }

    /** The key of an NLRI of this table's family. */
    private Object keyOf(Nlri nlri) {
        if (!nlri.family().equals(family)) {
            throw new IllegalArgumentException(nlri.family() + " NLRI " + nlri + " in a table of " + family);
        }
        if (nlri instanceof LabeledPrefix l) {
            return l.prefix();
        }
        if (nlri instanceof VpnPrefix v) {
            return new VpnKey(v.rd().value(), v.prefix());
        }
        return nlri;
    }

    private static int hash(Object key) {
        return mix(key.hashCode());
    }

    @Override
    int findNlri(Nlri nlri) {
        Object k = keyOf(nlri);
        int cap = capacity;
        int s = home(hash(k), cap);
        while (true) {
            Object v = keys[s];
            if (v == null) {
                return -1;
            }
            if (v != TOMBSTONE && v.equals(k)) {
                return s;
            }
            if (++s == cap) {
                s = 0;
            }
        }
    }

    /** The slot of the route with this NLRI's key, added when absent; the NLRI held is this one. */
    @Override
    int insertNlri(Nlri nlri) {
        Object k = keyOf(nlri);
        ensureRoom();
        int cap = capacity;
        int s = home(hash(k), cap);
        int tomb = -1;
        while (true) {
            Object v = keys[s];
            if (v == null) {
                break;
            }
            if (v == TOMBSTONE) {
                if (tomb < 0) {
                    tomb = s;
                }
            } else if (v.equals(k)) {
                nlris[s] = nlri; // the labels may have changed
                scratchSlot = -1;
                return s;
            }
            if (++s == cap) {
                s = 0;
            }
        }
        int at = tomb >= 0 ? tomb : s;
        keys[at] = k;
        nlris[at] = nlri;
        scratchSlot = -1;
        occupy(at, tomb < 0, 0);
        return at;
    }

    Nlri nlri(int s) {
        return nlris[s];
    }

    @Override
    boolean live(int s) {
        Object v = keys[s];
        return v != null && v != TOMBSTONE;
    }

    @Override
    void tombstone(int s) {
        keys[s] = TOMBSTONE;
        nlris[s] = null;
        scratchSlot = -1;
    }

    @Override
    Object newKeys(int newCapacity) {
        Object[] old = {keys, nlris};
        keys = new Object[newCapacity];
        nlris = new Nlri[newCapacity];
        scratchSlot = -1;
        return old;
    }

    @Override
    int moveKey(Object oldKeys, int o, int pathId) {
        Object[] old = (Object[]) oldKeys;
        Object k = ((Object[]) old[0])[o];
        if (k == null || k == TOMBSTONE) {
            return -1;
        }
        int cap = capacity;
        int s = home(hash(k), cap);
        while (keys[s] != null) {
            if (++s == cap) {
                s = 0;
            }
        }
        keys[s] = k;
        nlris[s] = ((Nlri[]) old[1])[o];
        size++;
        return s;
    }

    private void encode(int s, boolean addPath, boolean withdrawal) {
        Nlri n = nlris[s];
        if (withdrawal) {
            if (n instanceof LabeledPrefix l) {
                n = l.forWithdrawal();
            } else if (n instanceof VpnPrefix v) {
                n = v.forWithdrawal();
            }
        }
        scratch.reset();
        n.encode(scratch, addPath);
        scratchSlot = s;
        scratchWithdrawal = withdrawal;
        scratchAddPath = addPath;
    }

    @Override
    int nlriLength(int s, boolean addPath, boolean withdrawal) {
        encode(s, addPath, withdrawal);
        return scratch.position();
    }

    @Override
    int writeNlri(int s, byte[] buf, int p, boolean addPath, boolean withdrawal) {
        if (scratchSlot != s || scratchWithdrawal != withdrawal || scratchAddPath != addPath) {
            encode(s, addPath, withdrawal);
        }
        int n = scratch.position();
        System.arraycopy(scratch.array(), 0, buf, p, n);
        scratchSlot = -1;
        return p + n;
    }

    @Override
    void visit(int s, RouteVisitor visitor, AttrSet attributes) {
        visitor.route(nlris[s], attributes);
    }
}
