package dev.ferry.bgpd.runtime.bench;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.message.UpdatePacker;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.runtime.BenchRouters;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.RouteSink;
import dev.ferry.bgpd.runtime.ScriptedSpeaker;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.lib.bench.LiveHeap;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * bgpd alone, for issue 9 (a full table into the Loc-RIB): a scripted eBGP peer on loopback TCP sends N IPv4
 * /24s in 4096-byte UPDATEs (one ORIGIN, AS_PATH and NEXT_HOP, as many NLRI as fit, as the bench-anchors
 * blaster does); they go through the real receive path (frame decoder, UpdateDecoder, Peer.processUpdate, the
 * inbound policy, RibTable, the decision process, BgpRouter) into a RouteSink that only counts installs. Next
 * hops are tracked through a registry that resolves them at once, as zebra would. Prints the wall time from the
 * first byte sent to the last install, the loop thread's CPU time, the whole JVM's CPU time, and the retained heap per route after a full
 * GC (as zebra's RibBench). Not a unit test (surefire does not run it); run it after {@code test-compile} with
 * <pre>
 * java -Xmx3g -cp bgpd/target/classes:bgpd/target/test-classes:$(cat /tmp/bgpd.cp) \
 *     dev.ferry.bgpd.runtime.bench.IngestBench [routes] [runs]
 * </pre>
 * ({@code -Dbench.histogram=20} prints the heap's top 20 classes after each run) where /tmp/bgpd.cp is {@code ./mvnw -q -pl bgpd dependency:build-classpath -Dmdep.outputFile=/tmp/bgpd.cp}.
 */
public final class IngestBench {
    private static final String US = "127.0.0.61";
    private static final String THEM = "127.0.0.62";

    /** Counts what reaches zebra; keeps nothing. */
    static final class CountingSink implements RouteSink {
        volatile long installs;
        volatile long removes;

        @Override
        public void install(AddressFamily family, Destination d) {
            installs++;
        }

        @Override
        public void remove(AddressFamily family, Prefix prefix) {
            removes++;
        }
    }

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int routes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] wire = updates(routes);
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Double> processCpu = new ArrayList<>();
        int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
        for (int run = 0; run < runs; run++) {
            double[] r = once(routes, wire, port + run);
            rates.add(r[0]);
            cpuRates.add(r[1]);
            bytes.add(r[2]);
            processCpu.add(r[3]);
        }
        rates.sort(null);
        cpuRates.sort(null);
        bytes.sort(null);
        processCpu.sort(null);
        System.out.printf("bgpd ingest bench: %d IPv4 /24s from one eBGP peer, one next hop, %d runs (%s, %s)%n",
                routes, runs, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("  wire to installed: median %.0f routes/s wall clock (all %s)%n", rates.get(runs / 2),
                rates);
        System.out.printf("  wire to installed: median %.0f routes/s of loop-thread CPU (all %s)%n",
                cpuRates.get(runs / 2), cpuRates);
        System.out.printf("  JVM CPU (all threads, GC included): median %.2f s (all %s)%n", processCpu.get(runs / 2),
                processCpu);
        System.out.printf("  heap: median %.1f bytes/route retained (all %s)%n", bytes.get(runs / 2), bytes);
    }

    /** The whole table as the peer sends it: 4096-byte UPDATEs, back to back. */
    private static byte[] updates(int routes) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream(routes * 4 + routes / 100 + 4096);
        PathAttributes attrs = PathAttributes.of(Origin.of(Origin.IGP), AsPath.sequence(65002), NextHop.of(THEM));
        UpdatePacker packer = UpdatePacker.ipv4(attrs, CodecContext.EBGP, stream::write);
        int base = 0x10000000;
        for (int i = 0; i < routes; i++) {
            packer.addIpv4(base + (i << 8), 24);
        }
        packer.flush();
        return stream.toByteArray();
    }

    private static double[] once(int routes, byte[] wire, int port) throws Exception {
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        CountingSink sink = new CountingSink();
        long loopThread = loop.submit(() -> Thread.currentThread().threadId()).get();
        BgpRouter router = on(loop, () -> BenchRouters.start(loop, port, US, THEM, sink));
        try (ScriptedSpeaker peer = ScriptedSpeaker.connect(THEM, US, port, CodecContext.EBGP)) {
            peer.establish(65002, "2.2.2.2", 3600);
            long before = LiveHeap.used();
            long cpuStart = ManagementFactory.getThreadMXBean().getThreadCpuTime(loopThread);
            long processStart = processCpu();
            long start = System.nanoTime();
            peer.sendRaw(wire);
            long deadline = start + 600_000_000_000L;
            while (sink.installs < routes) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + sink.installs + " of " + routes + " installed");
                }
                Thread.sleep(2); // poll, leaving the CPU to bgpd
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getThreadCpuTime(loopThread) - cpuStart) / 1e9;
            double processSeconds = (processCpu() - processStart) / 1e9;
            long after = LiveHeap.used();
            int size = on(loop, () -> router.rib(AddressFamily.IPV4_UNICAST).size());
            int accepted = on(loop, () -> router.peerList().get(0).acceptedCount(AddressFamily.IPV4_UNICAST));
            if (size != routes || accepted != routes || sink.removes != 0) {
                throw new IllegalStateException("RIB " + size + ", accepted " + accepted + ", removes "
                        + sink.removes);
            }
            double perRoute = (after - before) / (double) routes;
            printHistogram(Integer.getInteger("bench.histogram", 0));
            System.out.printf("  run: %.2f s wall (%.0f routes/s), %.2f s on the loop thread (%.0f routes/s), "
                    + "%.2f s CPU in the whole JVM (GC and I/O threads too), %.1f bytes/route retained%n", seconds,
                    routes / seconds, cpu, routes / cpu, processSeconds, perRoute);
            return new double[] {Math.round(routes / seconds), Math.round(routes / cpu),
                Math.round(perRoute * 10) / 10.0, Math.round(processSeconds * 100) / 100.0};
        } finally {
            on(loop, () -> BenchRouters.stop(router));
            loop.shutdownNow();
        }
    }

    private static <T> T on(ScheduledExecutorService loop, Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    /** The heap's top classes by bytes ({@code -Dbench.histogram=N}): what the retained bytes per route are. */
    private static void printHistogram(int lines) throws Exception {
        if (lines <= 0) {
            return;
        }
        String h = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        h.lines().limit(lines + 2L).forEach(System.out::println);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
