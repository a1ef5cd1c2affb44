package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * RFC 2328 16.6 in the running router: AS-external LSAs that arrive, change, move to another prefix (same Link
 * State ID, other mask) or are flushed reach zebra without an SPF run, at the end of the loop turn that received
 * them; and what zebra then holds is what a full SPF run over the same databases gives.
 */
class IncrementalExternalsTest {
    private static final int[] METRICS = {1, 20, 300, SummaryLsaV2.LS_INFINITY};

    @Test
    void externalChangesReachZebraWithoutSpfAndAsAFullRunWould() throws Exception {
        Map<IpPrefix, String> zebra = new ConcurrentHashMap<>();
        RouteInstaller.Sink sink = new RouteInstaller.Sink() {
            @Override
            public void add(IpPrefix prefix, int metric, List<RouteInstaller.Hop> nexthops) {
                zebra.put(prefix, metric + " " + nexthops.stream().map(h -> (h.gateway() == null ? "direct" : IpAddresses.format(h.gateway()))
                        + "@" + h.ifindex()).sorted().toList());
            }

            @Override
            public void remove(IpPrefix prefix) {
                zebra.remove(prefix);
            }
        };
        try (LiveAdjacency adj = LiveAdjacency.full(null, sink)) {
            adj.send(new LinkStateUpdate(List.of(FloodBench.asbrRouterLsa())));
            Lsa first = external(11 << 24, 24, true, 20, 0, LsaHeader.INITIAL_SEQUENCE);
            adj.send(new LinkStateUpdate(List.of(first)));
            IpPrefix firstPrefix = IpPrefix.parse("11.0.0.0/24");
            LiveAdjacency.await(() -> zebra.containsKey(firstPrefix), "the first external route");
            int runs = adj.onLoop(() -> adj.router.routes.runs);

            // 120 keys, three per /24 (host bits in the Link State ID, RFC 2328 E): they compete for one prefix;
            // each round changes or flushes a key at most once, and the next waits for MinLSArrival (13 step 5a)
            Random random = new Random(7);
            Map<LsaKey, Integer> sequences = new HashMap<>();
            int removed = 0;
            for (int round = 0; round < 4; round++) {
                List<LsaKey> touched = new ArrayList<>();
                List<Lsa> update = new ArrayList<>();
                for (int n = 0; n < 120; n++) {
                    int id = (11 << 24) + ((n / 3) << 8) + n % 3;
                    if (random.nextBoolean()) {
                        continue;
                    }
                    LsaKey key = new LsaKey(LsaTypes.V2_AS_EXTERNAL, id, LiveAdjacency.THEIRS);
                    int seq = sequences.merge(key, LsaHeader.INITIAL_SEQUENCE + 1, (x, y) -> x + 1);
                    touched.add(key);
                    update.add(external(id, random.nextBoolean() ? 24 : 25, random.nextBoolean(),
                            METRICS[random.nextInt(METRICS.length)], round > 0 && random.nextInt(4) == 0
                                    ? LsaHeader.MAX_AGE : 0, seq));
                    if (update.size() > random.nextInt(3)) {
                        int before = zebra.size();
                        adj.send(new LinkStateUpdate(update));
                        settle(adj);
                        removed += Math.max(0, before - zebra.size());
                        update = new ArrayList<>();
                    }
                }
                adj.send(new LinkStateUpdate(update));
                settle(adj);
                LiveAdjacency.await(() -> touched.stream().allMatch(k -> installedAgo(adj, k) > 1000), "MinLSArrival");
            }
            settle(adj);
            assertEquals(runs, adj.onLoop(() -> adj.router.routes.runs), "no SPF run for external changes");
            assertTrue(zebra.size() > 20 && removed > 10, zebra.size() + " routes, " + removed + " removed");

            Map<IpPrefix, String> incremental = new HashMap<>(zebra);
            adj.onLoop(() -> {
                adj.router.routes.scheduleSpf();
                return null;
            });
            LiveAdjacency.await(() -> {
                try {
                    return adj.onLoop(() -> adj.router.routes.runs) > runs;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "a full SPF run");
            adj.drain();
            assertEquals(incremental, zebra, "a full run changes nothing");
            assertTrue(adj.wire.escaped.isEmpty(), () -> "escaped: " + adj.wire.escaped);
        }
    }

    /** Waits until the router has handled what was sent and recalculated the routes of what changed. */
    private static void settle(LiveAdjacency adj) throws Exception {
        adj.drain();
        LiveAdjacency.await(() -> {
            try {
                return !adj.onLoop(() -> adj.router.routes.externalsPending());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "external routes recalculated");
    }

    private static long installedAgo(LiveAdjacency adj, LsaKey key) {
        try {
            return adj.onLoop(() -> adj.router.installedMillisAgo(adj.link, key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Lsa external(int id, int length, boolean type2, int metric, int age, int sequence) {
        return Lsa.build(new LsaHeader(OspfVersion.V2, age, Options.E, LsaTypes.V2_AS_EXTERNAL, id,
                LiveAdjacency.THEIRS, sequence, 0, 0), new ExternalLsaV2(Ipv4.mask(length),
                List.of(new ExternalLsaV2.Route(type2, 0, metric, 0, 0))));
    }
}
