package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ospfd alone under a flood, no kernel and no zebra: N AS-external LSAs from the neighbor of a
 * {@link LiveAdjacency}, 40 per Link State Update as FRR packs them on a request (-DperUpdate=1: one each, as FRR floods new ones), until the router has handed N routes to its
 * route sink; then the same N flushed (MaxAge) until it has taken them all back; ROUNDS times. Prints each
 * phase's wall time and the SPF runs it took. Run from the module after test-compile:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.ferry.ospfd.runtime.FloodBench 10000 3}.
 */
public final class FloodBench {
    private static final int PER_UPDATE = Integer.getInteger("perUpdate", 40);

    private FloodBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Set<IpPrefix> routes = ConcurrentHashMap.newKeySet();
        RouteInstaller.Sink sink = new RouteInstaller.Sink() {
            @Override
            public void add(IpPrefix prefix, int metric, List<RouteInstaller.Hop> nexthops) {
                routes.add(prefix);
            }

            @Override
            public void remove(IpPrefix prefix) {
                routes.remove(prefix);
            }
        };
        try (LiveAdjacency adj = LiveAdjacency.full(null, sink)) {
            adj.send(new LinkStateUpdate(List.of(asbrRouterLsa())));
            for (int round = 0; round < rounds; round++) {
                int seq = LsaHeader.INITIAL_SEQUENCE + round;
                int runsBefore = adj.onLoop(() -> adj.router.routes.runs);
                long t0 = System.nanoTime();
                flood(adj, n, seq, 1);
                LiveAdjacency.await(() -> routes.size() >= n, n + " routes", 600);
                long t1 = System.nanoTime();
                int runsMid = adj.onLoop(() -> adj.router.routes.runs);
                Thread.sleep(1500); // MinLSArrival
                long t2 = System.nanoTime();
                flood(adj, n, seq, LsaHeader.MAX_AGE);
                LiveAdjacency.await(routes::isEmpty, "no routes", 600);
                long t3 = System.nanoTime();
                int runsEnd = adj.onLoop(() -> adj.router.routes.runs);
                System.out.printf("round %d: %d LSAs -> routes %.0f ms (%d SPF runs), flushed -> gone %.0f ms"
                        + " (%d SPF runs)%n", round + 1, n, (t1 - t0) / 1e6, runsMid - runsBefore, (t3 - t2) / 1e6,
                        runsEnd - runsMid);
                Thread.sleep(1500);
            }
            if (!adj.wire.escaped.isEmpty()) {
                throw new IllegalStateException("exceptions escaped", adj.wire.escaped.getFirst());
            }
        }
    }

    private static void flood(LiveAdjacency adj, int n, int sequence, int age) {
        List<Lsa> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int prefix = (11 << 24) + (i << 8);
            batch.add(Lsa.build(new LsaHeader(OspfVersion.V2, age, Options.E, LsaTypes.V2_AS_EXTERNAL, prefix,
                    LiveAdjacency.THEIRS, sequence, 0, 0), new ExternalLsaV2(Ipv4.mask(24),
                    List.of(new ExternalLsaV2.Route(true, 0, 20, 0, 0)))));
            if (batch.size() == PER_UPDATE || i == n - 1) {
                adj.send(new LinkStateUpdate(batch));
                batch = new ArrayList<>();
            }
        }
    }

    /** The neighbor's Router-LSA: an ASBR with a point-to-point link to us and its stub network. */
    static Lsa asbrRouterLsa() {
        int self = LiveAdjacency.THEIRS;
        return Lsa.build(new LsaHeader(OspfVersion.V2, 1, Options.E, LsaTypes.V2_ROUTER, self, self,
                LsaHeader.INITIAL_SEQUENCE, 0, 0), new RouterLsaV2(RouterLsaV2.FLAG_E, List.of(
                        new RouterLsaV2.Link(LiveAdjacency.OURS, Ipv4.toInt(LiveAdjacency.THEIR_ADDRESS),
                                RouterLsaV2.POINT_TO_POINT, 10),
                        new RouterLsaV2.Link(RouterIds.parse("10.251.0.0"), Ipv4.mask(30), RouterLsaV2.STUB, 10))));
    }
}
