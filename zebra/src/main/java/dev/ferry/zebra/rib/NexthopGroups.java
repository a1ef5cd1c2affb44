package dev.ferry.zebra.rib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The intern table of client nexthop groups, reference counted by the route entries that hold them. */
final class NexthopGroups {
    private final Map<NexthopGroup, NexthopGroup> table = new HashMap<>();
    /**
     * The group acquired last: a client's routes come in runs with the same nexthops, which this finds by
     * comparing the nexthops, without a new group, its hash or a table probe.
     */
    private NexthopGroup last;

    /** The shared group equal to {@code nexthops}, with one more reference. */
    NexthopGroup acquire(List<Nexthop> nexthops) {
        NexthopGroup g = last;
        if (g != null && g.refs > 0 && g.sameNexthops(nexthops)) {
            g.refs++;
            return g;
        }
        g = intern(nexthops);
        g.refs++;
        last = g;
        return g;
    }

    private NexthopGroup intern(List<Nexthop> nexthops) {
        NexthopGroup candidate = new NexthopGroup(nexthops);
        NexthopGroup g = table.putIfAbsent(candidate, candidate);
        return g != null ? g : candidate;
    }

    void release(NexthopGroup g) {
        if (--g.refs == 0) {
            table.remove(g);
        }
    }

    int size() {
        return table.size();
    }
}
