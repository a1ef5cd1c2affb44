package dev.ferry.zebra.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The work queue: classes first, first in first out while few wait, and once a backlog builds nodes taken from
 * all over it, each once, in the same order in every run.
 */
class WorkQueueTest {
    private final RouteTable table = new RouteTable(new RibVrf(0, "default", 254), Afi.IPV4);

    private List<RouteNode> nodes(int n) {
        List<RouteNode> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(table.getOrCreate(Prefix.parse("11." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)
                    + "/32")));
        }
        return l;
    }

    private static List<RouteNode> drain(WorkQueue q) {
        List<RouteNode> out = new ArrayList<>();
        for (RouteNode n; (n = q.poll()) != null; ) {
            out.add(n);
        }
        return out;
    }

    @Test
    void aFewNodesGoInOrderAfterTheClassesBeforeThem() {
        List<RouteNode> bgp = nodes(100);
        WorkQueue q = new WorkQueue();
        for (RouteNode n : bgp) {
            q.add(n, RouteType.BGP);
            q.add(n, RouteType.BGP); // waits once per class
        }
        RouteNode connected = table.getOrCreate(Prefix.parse("10.0.0.0/24"));
        q.add(connected, RouteType.CONNECTED);
        assertEquals(101, q.size());
        assertSame(connected, q.poll());
        assertEquals(bgp, drain(q));
        assertTrue(q.isEmpty());
        assertNull(q.poll());
    }

    @Test
    void aBacklogIsTakenFromAllOverItEachNodeOnceAndAlwaysInTheSameOrder() {
        int n = 4 * WorkQueue.SPREAD_BACKLOG;
        List<RouteNode> nodes = nodes(n);
        WorkQueue q = new WorkQueue();
        WorkQueue again = new WorkQueue();
        for (RouteNode node : nodes) {
            q.add(node, RouteType.BGP);
        }
        List<RouteNode> first = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            first.add(q.poll());
        }
        // the first thousand come from the whole backlog, not its first thousand
        int beyond = 0;
        for (RouteNode node : first) {
            if (nodes.indexOf(node) >= 1000) {
                beyond++;
            }
        }
        assertTrue(beyond > 900, beyond + " of the first 1000 from beyond the first 1000");
        RouteNode late = table.getOrCreate(Prefix.parse("12.0.0.0/24"));
        q.add(late, RouteType.BGP); // joins the backlog
        List<RouteNode> all = new ArrayList<>(first);
        all.addAll(drain(q));
        assertEquals(n + 1, all.size());
        Set<RouteNode> once = new HashSet<>(all);
        assertEquals(n + 1, once.size(), "every node once");
        assertTrue(once.containsAll(nodes) && once.contains(late));
        assertEquals(0, q.size());

        for (RouteNode node : nodes) {
            again.add(node, RouteType.BGP);
        }
        assertEquals(first, drain(again).subList(0, 1000), "the same order in every run");
    }
}
