package dev.ferry.ospfd.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the benchmark's random-cost grids, SPF's distances and ECMP first hops equal those of a plain Bellman-Ford
 * (an independent, slow reference): a router's first hops are the root's neighbors h with cost(root, h) +
 * dist(h, w) = dist(w).
 */
class SpfAgainstBellmanFordTest {

    private static Map<Integer, Integer> bellmanFord(Map<Integer, RouterLsaV2> routers, int source) {
        Map<Integer, Integer> dist = new HashMap<>();
        dist.put(source, 0);
        for (int round = 0; round < routers.size(); round++) {
            boolean changed = false;
            for (Map.Entry<Integer, RouterLsaV2> e : routers.entrySet()) {
                Integer d = dist.get(e.getKey());
                if (d == null) {
                    continue;
                }
                for (RouterLsaV2.Link l : e.getValue().links()) {
                    if (l.type() == RouterLsaV2.POINT_TO_POINT && d + l.metric() < dist.getOrDefault(l.linkId(),
                            Integer.MAX_VALUE)) {
                        dist.put(l.linkId(), d + l.metric());
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return dist;
    }

    @Test
    void distancesAndEqualCostFirstHopsMatchTheReference() {
        for (long seed : new long[] {1, 2, 3}) {
            InMemoryLsdb lsdb = SpfBenchmark.grid(9, seed);
            Map<Integer, RouterLsaV2> routers = new HashMap<>();
            for (Lsa lsa : lsdb.all()) {
                routers.put(lsa.header().advertisingRouter(), (RouterLsaV2) lsa.body());
            }
            int root = 0x01000000 + 40;
            Map<Integer, Integer> dist = bellmanFord(routers, root);
            Map<Integer, Map<Integer, Integer>> fromNeighbor = new HashMap<>();
            Map<Integer, RouterLsaV2.Link> rootLinks = new HashMap<>();
            for (RouterLsaV2.Link l : routers.get(root).links()) {
                if (l.type() == RouterLsaV2.POINT_TO_POINT) {
                    rootLinks.put(l.linkId(), l);
                    fromNeighbor.put(l.linkId(), bellmanFord(routers, l.linkId()));
                }
            }
            SpfResult r = SpfCalculator.calculate(lsdb, root);
            assertEquals(routers.size() - 1, r.routers().size());
            int ecmp = 0;
            for (SpfResult.RouterPath path : r.routers().values()) {
                int w = path.routerId();
                assertEquals(dist.get(w), path.cost(), "seed " + seed + " router " + w);
                Set<Integer> expected = new HashSet<>();
                rootLinks.forEach((h, link) -> {
                    if (link.metric() + fromNeighbor.get(h).get(w) == dist.get(w)) {
                        expected.add(link.linkData());
                    }
                });
                Set<Integer> actual = new HashSet<>();
                path.nextHops().forEach(nh -> actual.add(nh.outgoingInterface()));
                assertEquals(expected, actual, "seed " + seed + " router " + w);
                ecmp += path.nextHops().size() > 1 ? 1 : 0;
            }
            assertEquals(true, ecmp > 0, "grid " + seed + " has equal-cost paths to test");
            assertEquals(true, Arrays.asList(r.prefixes().values().toArray()).size() > routers.size());
        }
    }

    /**
     * The OSPFv3 form of the same grid (the SPF benchmark's v3 LSDB) gives every router the v2 distance and as many
     * first hops, each a neighbor's link-local address from its Link-LSA, and every link and loopback prefix.
     */
    @Test
    void ospfv3GridMatchesTheV2Grid() {
        int side = 9;
        int root = 40;
        SpfResult v2 = SpfCalculator.calculate(SpfBenchmark.grid(side, 1), 0x01000000 + root);
        SpfResult v3 = SpfCalculator.calculate(SpfBenchmark.gridV3(side, 1, root), 0x01000000 + root);
        assertEquals(v2.routers().keySet(), v3.routers().keySet());
        v2.routers().forEach((id, path) -> {
            SpfResult.RouterPath p3 = v3.routers().get(id);
            assertEquals(path.cost(), p3.cost(), "router " + id);
            assertEquals(path.nextHops().size(), p3.nextHops().size(), "router " + id);
            p3.nextHops().forEach(nh -> assertEquals((byte) 0xfe, nh.gateway()[0], "link-local gateway " + nh));
        });
        int links = 2 * side * (side - 1);
        assertEquals(side * side + links, v3.prefixes().size());
    }
}
