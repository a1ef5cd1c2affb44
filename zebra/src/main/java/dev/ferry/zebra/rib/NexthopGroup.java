package dev.ferry.zebra.rib;

import java.util.Arrays;
import java.util.List;

/**
 * The nexthops a client gave for a route, interned by {@link NexthopGroups}: a million routes from one peer
 * with the same nexthop share one object. Immutable; the reference count belongs to the intern table.
 */
public final class NexthopGroup {
    private final Nexthop[] nexthops;
    private final int hash;
    int refs;

    NexthopGroup(List<Nexthop> nexthops) {
        this.nexthops = nexthops.toArray(new Nexthop[0]);
        this.hash = Arrays.hashCode(this.nexthops);
    }

    public List<Nexthop> nexthops() {
        return List.of(nexthops);
    }

    public int size() {
        return nexthops.length;
    }

    public Nexthop get(int i) {
        return nexthops[i];
    }

    /** Whether it holds exactly {@code list}, in that order. */
    boolean sameNexthops(java.util.List<Nexthop> list) {
        if (list.size() != nexthops.length) {
            return false;
        }
        for (int i = 0; i < nexthops.length; i++) {
            if (!nexthops[i].equals(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some nexthop goes out of {@code ifindex} (interface events re-resolve such groups). */
    boolean usesInterface(int ifindex) {
        for (Nexthop n : nexthops) {
            if (n.ifindex() == ifindex) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NexthopGroup g && g.hash == hash && Arrays.equals(g.nexthops, nexthops);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(nexthops);
    }
}
