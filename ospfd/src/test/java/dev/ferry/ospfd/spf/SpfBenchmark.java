package dev.ferry.ospfd.spf;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times a full SPF (graph reading, Dijkstra with ECMP, prefixes) over synthetic OSPFv2 or OSPFv3 areas: a grid of
 * routers, each with point-to-point links to its four neighbors (random costs 1-10, so both unique and equal-cost
 * paths occur), a stub (v3: a prefix) per link and a loopback. Target (DESIGN.md): 10,000 routers in at most 100 ms.
 *
 * <p>Run: {@code java -cp <test classpath> dev.ferry.ospfd.spf.SpfBenchmark [v2|v3] [routers...]}; not
 * a test.
 */
public final class SpfBenchmark {
    private SpfBenchmark() {
    }

    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    /**
     * The grid's link costs: {@code cost[i][d]} from router i towards direction d (east, south, west, north),
     * the same both ways, or -1 at the edge.
     */
    private static int[][] costs(int side, long seed) {
        Random random = new Random(seed);
        int n = side * side;
        int[][] cost = new int[n][4];
        for (int[] c : cost) {
            Arrays.fill(c, -1);
        }
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                int x = i % side + DX[d];
                int y = i / side + DY[d];
                if (x < side && y < side) {
                    int c = 1 + random.nextInt(10);
                    cost[i][d] = c;
                    cost[y * side + x][d + 2] = c;
                }
            }
        }
        return cost;
    }

    private static int neighbor(int side, int i, int d) {
        return (i / side + DY[d]) * side + (i % side + DX[d]);
    }

    static InMemoryLsdb grid(int side, long seed) {
        int n = side * side;
        int[][] cost = costs(side, seed);
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2);
        for (int i = 0; i < n; i++) {
            List<RouterLsaV2.Link> links = new ArrayList<>();
            links.add(new RouterLsaV2.Link(id(i), 0xffffffff, RouterLsaV2.STUB, 0));
            for (int d = 0; d < 4; d++) {
                if (cost[i][d] < 0) {
                    continue;
                }
                int j = neighbor(side, i, d);
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

    /**
     * The same grid as OSPFv3 sees it: per router a Router-LSA with point-to-point links (Interface ID = 1 + the
     * direction), an Intra-Area-Prefix-LSA referencing it with a loopback /128 and a /64 per link (as FRR
     * advertises point-to-point prefixes), and the Link-LSAs of the root's links (link-scope: the root's only),
     * whose link-local addresses become the nexthops.
     */
    static InMemoryLsdb gridV3(int side, long seed, int rootIndex) {
        int n = side * side;
        int[][] cost = costs(side, seed);
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V3);
        for (int i = 0; i < n; i++) {
            List<RouterLsaV3.Link> links = new ArrayList<>();
            List<Ospf6Prefix> prefixes = new ArrayList<>();
            prefixes.add(Ospf6Prefix.of(prefixV3(i, 0xff, 128), Ospf6Prefix.LA, 0));
            for (int d = 0; d < 4; d++) {
                if (cost[i][d] < 0) {
                    continue;
                }
                int j = neighbor(side, i, d);
                links.add(new RouterLsaV3.Link(RouterLsaV3.POINT_TO_POINT, cost[i][d], 1 + d, 1 + (d + 2) % 4, id(j)));
                prefixes.add(Ospf6Prefix.of(prefixV3(Math.min(i, j), d % 2 == 0 ? 0xe : 0x5, 64), 0, cost[i][d]));
                if (i == rootIndex) {
                    byte[] linkLocal = new byte[16];
                    linkLocal[0] = (byte) 0xfe;
                    linkLocal[1] = (byte) 0x80;
                    linkLocal[15] = (byte) (d + 1);
                    lsdb.put(Lsa.build(new LsaHeader(OspfVersion.V3, 1, 0, LsaTypes.V3_LINK, 1 + (d + 2) % 4, id(j),
                            0x80000001, 0, 0), new LinkLsa(1, 0x13, linkLocal, List.of())));
                }
            }
            lsdb.put(Lsa.build(new LsaHeader(OspfVersion.V3, 1, 0, LsaTypes.V3_ROUTER, 0, id(i), 0x80000001, 0, 0),
                    new RouterLsaV3(0, 0x13, links)));
            lsdb.put(Lsa.build(new LsaHeader(OspfVersion.V3, 1, 0, LsaTypes.V3_INTRA_AREA_PREFIX, 0, id(i),
                    0x80000001, 0, 0), new IntraAreaPrefixLsa(LsaTypes.V3_ROUTER, 0, id(i), prefixes)));
        }
        return lsdb;
    }

    /** 2001:db8:KKRR:RRRR::/LENGTH (kind in 8 bits, router index in 24 bits), with ::1 for a /128. */
    private static IpPrefix prefixV3(int router, int kind, int length) {
        byte[] a = new byte[16];
        a[0] = 0x20;
        a[1] = 0x01;
        a[2] = 0x0d;
        a[3] = (byte) 0xb8;
        a[4] = (byte) kind;
        a[5] = (byte) (router >> 16);
        a[6] = (byte) (router >> 8);
        a[7] = (byte) router;
        if (length == 128) {
            a[15] = 1;
        }
        return new IpPrefix(a, length);
    }

    private static int id(int i) {
        return 0x01000000 + i;
    }

    /** Arguments: an optional "v2" (default) or "v3", then router counts (default 1000 10000). */
    public static void main(String[] args) {
        boolean v3 = args.length > 0 && args[0].equals("v3");
        int skip = args.length > 0 && args[0].startsWith("v") ? 1 : 0;
        int[] sizes = args.length == skip ? new int[] {1000, 10000}
                : Arrays.stream(args).skip(skip).mapToInt(Integer::parseInt).toArray();
        for (int routers : sizes) {
            int side = (int) Math.round(Math.sqrt(routers));
            int rootIndex = side * side / 2 + side / 2;
            InMemoryLsdb lsdb = v3 ? gridV3(side, 42, rootIndex) : grid(side, 42);
            int root = id(rootIndex);
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
            System.out.printf("OSPFv%d, %d routers (%dx%d grid), %d LSAs: full SPF median %.1f ms, min %.1f ms,"
                    + " max %.1f ms; %d routers reached (%d with ECMP), %d prefixes%n", v3 ? 3 : 2, side * side,
                    side, side, lsdb.size(), nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6,
                    r.routers().size(), ecmp, r.prefixes().size());
        }
    }
}
