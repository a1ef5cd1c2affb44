package dev.ferry.zebra.rib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The intern table of client nexthop groups, reference counted by the route entries that hold them. */
final class NexthopGroups {
    private final Map<NexthopGroup, NexthopGroup> table = new HashMap<>();

    /** The shared group equal to {@code nexthops}, with one more reference. */
    NexthopGroup acquire(List<Nexthop> nexthops) {
        NexthopGroup candidate = new NexthopGroup(nexthops);
        NexthopGroup g = table.putIfAbsent(candidate, candidate);
        if (g == null) {
            g = candidate;
        }
        g.refs++;
        return g;
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
