package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times a full SPF (graph reading, Dijkstra with ECMP, prefixes) over synthetic OSPFv2 areas: a grid of routers,
 * each with point-to-point links to its four neighbors (random costs 1-10, so both unique and equal-cost paths
 * occur), a stub per link and a loopback. Target (DESIGN.md): 10,000 routers in at most 100 ms.
 *
 * <p>Run: {@code java -cp <test classpath> dev.ferry.ospfd.spf.SpfBenchmark [routers...]}; not a test.
 */
public final class SpfBenchmark {
    private SpfBenchmark() {
    }

    static InMemoryLsdb grid(int side, long seed) {
        Random random = new Random(seed);
        int n = side * side;
        int[][] cost = new int[n][4];
        for (int[] c : cost) {
            Arrays.fill(c, -1);
        }
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2);
        int[] dx = {1, 0, -1, 0};
        int[] dy = {0, 1, 0, -1};
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                int x = i % side + dx[d];
                int y = i / side + dy[d];
                if (x < side && y < side) {
                    int c = 1 + random.nextInt(10);
                    cost[i][d] = c;
                    cost[y * side + x][d + 2] = c;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            List<RouterLsaV2.Link> links = new ArrayList<>();
            links.add(new RouterLsaV2.Link(id(i), 0xffffffff, RouterLsaV2.STUB, 0));
            for (int d = 0; d < 4; d++) {
                if (cost[i][d] < 0) {
                    continue;
                }
                int j = (i / side + dy[d]) * side + (i % side + dx[d]);
                int lo = Math.min(i, j);
                int hi = Math.max(i, j);
                int subnet = 0x0a000000 | ((lo * 4 + (hi - lo == 1 ? 0 : 1)) << 2);
                int address = subnet | (i == lo ? 1 : 2);
                links.add(new RouterLsaV2.Link(id(j), address, RouterLsaV2.POINT_TO_POINT, cost[i][d]));
                links.add(new RouterLsaV2.Link(subnet, 0xfffffffc, RouterLsaV2.STUB, cost[i][d]));
            }
            lsdb.put(Lsa.build(new LsaHeader(OspfVersion.V2, 1, 0x02, LsaTypes.V2_ROUTER, id(i), id(i), 0x80000001,
                    0, 0), new RouterLsaV2(0, links)));
        }
        return lsdb;
    }

    private static int id(int i) {
        return 0x01000000 + i;
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1000, 10000} : Arrays.stream(args).mapToInt(Integer::parseInt)
                .toArray();
        for (int routers : sizes) {
            int side = (int) Math.round(Math.sqrt(routers));
            InMemoryLsdb lsdb = grid(side, 42);
            int root = id(side * side / 2 + side / 2);
            for (int w = 0; w < 20; w++) {
                SpfCalculator.calculate(lsdb, root);
            }
            int runs = 15;
            long[] nanos = new long[runs];
            SpfResult r = null;
            for (int k = 0; k < runs; k++) {
                long t0 = System.nanoTime();
                r = SpfCalculator.calculate(lsdb, root);
                nanos[k] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            long ecmp = r.routers().values().stream().filter(p -> p.nextHops().size() > 1).count();
            System.out.printf("%d routers (%dx%d grid), %d LSAs: full SPF median %.1f ms, min %.1f ms, max %.1f ms;"
                    + " %d routers reached (%d with ECMP), %d prefixes%n", side * side, side, side, lsdb.size(),
                    nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, r.routers().size(), ecmp,
                    r.prefixes().size());
        }
    }
}
