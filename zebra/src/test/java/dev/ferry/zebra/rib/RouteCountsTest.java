package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.route;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counts `show ip route summary` prints are kept as entries change; after any mix of adds, replaces,
 * deletes, unresolvable nexthops, kernel refusals and answers still pending, they equal a walk of the table.
 */
class RouteCountsTest {
    private static final RouteType[] TYPES = {RouteType.BGP, RouteType.OSPF, RouteType.STATIC};

    @Test
    void theKeptCountsEqualAWalkAfterRandomChanges() {
        RibTestBed bed = new RibTestBed().iface(0, 2, "eth0", "10.0.0.1/24").settle();
        bed.fib.refuse(op -> op.describe().contains(".7.0/24"), Errno.EINVAL, "refused for the test");
        Random random = new Random(42);
        int checks = 0;
        for (int step = 0; step < 5_000; step++) {
            String prefix = "11.0." + random.nextInt(60) + ".0/24";
            RouteType type = TYPES[random.nextInt(TYPES.length)];
            int instance = 0;
            if (random.nextInt(4) == 0) {
                bed.rib.deleteRoute(0, RibTestBed.p(prefix), type, instance);
            } else {
                String gateway = random.nextInt(5) == 0 ? "10.9.9.9" : "10.0.0." + (2 + random.nextInt(3));
                RouteUpdate u = route(0, prefix, type, type.defaultDistance(), random.nextInt(3), via(0, gateway));
                if (type == RouteType.BGP && random.nextBoolean()) {
                    u = u.withFlags(RouteEntry.FLAG_IBGP | RouteEntry.FLAG_ALLOW_RECURSION);
                }
                bed.rib.addRoute(u);
            }
            if (random.nextInt(50) == 0) {
                bed.fib.holdAnswers(random.nextBoolean());
            }
            if (random.nextInt(20) == 0) {
                bed.settle(); // answers may still be held: installs pending count in the RIB, not the kernel
                assertCountsMatchAWalk(bed);
                checks++;
            }
        }
        bed.fib.holdAnswers(false);
        bed.fib.answerAll();
        bed.settle();
        assertCountsMatchAWalk(bed);
        assertTrue(checks > 150, "compared " + checks + " times");
    }

    @Test
    void anEntryCountsOnceProcessedAndTheFlagsShownLeaveTheCountingBitsOut() {
        RibTestBed bed = new RibTestBed().iface(0, 2, "eth0", "10.0.0.1/24").settle();
        RouteCounts c = bed.rib.vrfs().byId(0).table(Afi.IPV4).counts();
        bed.rib.addRoute(route(0, "11.0.0.0/24", RouteType.BGP, 20, 0, via(0, "10.0.0.2")));
        assertEquals(0, c.rib(RouteType.BGP), "not processed yet");
        bed.fib.holdAnswers(true);
        bed.settle();
        assertEquals(1, c.rib(RouteType.BGP));
        assertEquals(0, c.fib(RouteType.BGP), "the kernel has not answered");
        bed.fib.holdAnswers(false);
        bed.fib.answerAll();
        bed.settle();
        assertEquals(1, c.fib(RouteType.BGP));
        RouteEntry e = bed.rib.route(0, RibTestBed.p("11.0.0.0/24")).head;
        assertEquals(RouteEntry.FLAG_SELECTED, e.flags(), "internalFlags as FRR's");

        bed.rib.deleteRoute(0, RibTestBed.p("11.0.0.0/24"), RouteType.BGP, 0);
        bed.settle();
        assertEquals(0, c.rib(RouteType.BGP));
        assertEquals(0, c.fib(RouteType.BGP));
    }

    private static void assertCountsMatchAWalk(RibTestBed bed) {
        RouteTable table = bed.rib.vrfs().byId(0).table(Afi.IPV4);
        int slots = RouteType.values().length + 1;
        long[] rib = new long[slots];
        long[] fib = new long[slots];
        table.forEach(node -> {
            for (RouteEntry e : node.visibleEntries()) {
                int slot = e.type() == RouteType.BGP && e.hasFlag(RouteEntry.FLAG_IBGP) ? slots - 1
                        : e.type().ordinal();
                rib[slot]++;
                fib[slot] += e.isInstalled() ? 1 : 0;
            }
        });
        RouteCounts c = table.counts();
        long[] keptRib = new long[slots];
        long[] keptFib = new long[slots];
        for (RouteType t : RouteType.values()) {
            keptRib[t.ordinal()] = c.rib(t);
            keptFib[t.ordinal()] = c.fib(t);
        }
        keptRib[slots - 1] = c.ibgpRib();
        keptFib[slots - 1] = c.ibgpFib();
        assertEquals(Arrays.toString(rib), Arrays.toString(keptRib), "entries per type");
        assertEquals(Arrays.toString(fib), Arrays.toString(keptFib), "installed entries per type");
        assertTrue(Arrays.stream(fib).sum() > 0 && Arrays.stream(fib).sum() < Arrays.stream(rib).sum(),
                "some installed, some not: " + Arrays.toString(rib) + " " + Arrays.toString(fib));
    }
}
