package dev.ferry.zebra.rib.bench;

import dev.ferry.lib.bench.LiveHeap;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibPort;
import dev.ferry.zebra.rib.FibAnswers;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.FibResultSink;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.ManualScheduler;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.RouteUpdate;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * RIB memory and throughput for the design target (DESIGN.md: RIB memory <= 150 bytes per IPv4 route):
 * N IPv4 /24 routes from one eBGP peer sharing one nexthop, added and processed with a dataplane that
 * answers every op at once and keeps nothing, so only the RIB's own memory is counted. Not a unit test
 * (surefire does not run it); run it with
 * <pre>
 * java -Xmx2g -cp zebra/target/classes:zebra/target/test-classes:lib/target/classes \
 *     dev.ferry.zebra.rib.bench.RibBench [routes] [runs]
 * </pre>
 */
public final class RibBench {
    /** Answers every op with success in one batch per submit, storing nothing. */
    static final class NullFib implements FibPort {
        private final ManualScheduler loop;
        private FibResultSink sink;
        long ops;

        NullFib(ManualScheduler loop) {
            this.loop = loop;
        }

        @Override
        public void connect(FibResultSink s) {
            this.sink = s;
        }

        @Override
        public void submit(List<FibOp> batch) {
            ops += batch.size();
            FibAnswers answers = new FibAnswers(batch.size());
            for (FibOp op : batch) {
                answers.add(op, FibResult.OK);
            }
            loop.execute(() -> sink.fibResults(answers));
        }
    }

    public static void main(String[] args) {
        int routes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Double> rates = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        List<Double> allocated = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            double[] r = once(routes);
            rates.add(r[0]);
            bytes.add(r[1]);
            cpuRates.add(r[2]);
            allocated.add(r[3]);
        }
        rates.sort(null);
        bytes.sort(null);
        cpuRates.sort(null);
        allocated.sort(null);
        System.out.printf("RIB bench: %d IPv4 /24 routes, one eBGP peer, one shared nexthop, %d runs (%s, %s)%n",
                routes, runs, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("  add + process: median %.0f routes/s wall clock (all %s)%n", rates.get(runs / 2), rates);
        System.out.printf("  add + process: median %.0f routes/s of loop-thread CPU (all %s)%n", cpuRates.get(runs / 2),
                cpuRates);
        System.out.printf("  heap: median %.1f bytes/route (all %s)%n", bytes.get(runs / 2), bytes);
        System.out.printf("  allocated on the loop thread: median %.1f bytes/route (all %s)%n", allocated.get(runs / 2),
                allocated);
    }

    private static double[] once(int routes) {
        ManualScheduler loop = new ManualScheduler();
        NullFib fib = new NullFib(loop);
        Rib rib = new Rib(loop, fib, () -> 0);
        rib.interfaces().add(0, 2, "eth0", false);
        rib.interfaces().addAddress(0, 2, IpPrefix.parse("10.0.0.1/24"));
        rib.interfaces().setOperative(0, 2, true);
        loop.runAll();
        Nexthop peer = Nexthop.gateway(0, IpAddress.parse("10.0.0.2")).withWeight(1);
        List<Nexthop> nexthops = List.of(peer);
        long before = LiveHeap.used();

        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long allocStart = allocatedBytes();
        int base = 0x20000000;
        for (int i = 0; i < routes; i++) {
            rib.addRoute(new RouteUpdate(0, Prefix.ipv4(base + (i << 8), 24), RouteType.BGP, 0, 20, 0, 0, 0,
                    nexthops));
            if ((i & 0xffff) == 0xffff) {
                loop.runAll(); // a client batch at a time, as the zebra API delivers them
            }
        }
        while (!rib.isIdle() || rib.opsInFlight() > 0) {
            loop.runAll();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double allocPerRoute = (allocatedBytes() - allocStart) / (double) routes;
        long after = LiveHeap.used();
        if (fib.ops != routes || rib.route(0, Prefix.ipv4(base, 24)).selected() == null) {
            throw new IllegalStateException("routes not installed: " + fib.ops + " ops; " + rib.stats());
        }
        double perRoute = (after - before) / (double) routes;
        System.out.printf("  run: %.2f s wall (%.0f routes/s), %.2f s on the loop thread (%.0f routes/s), "
                + "%.1f bytes/route, %.1f bytes/route allocated, %s%n", seconds, routes / seconds, cpu, routes / cpu,
                perRoute, allocPerRoute, rib.stats());
        return new double[] {Math.round(routes / seconds), Math.round(perRoute * 10) / 10.0, Math.round(routes / cpu),
            Math.round(allocPerRoute * 10) / 10.0};
    }

    /**
     * Bytes the loop thread allocated so far: the garbage per route (the bench's own updates included), which
     * the live heap does not show.
     */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
