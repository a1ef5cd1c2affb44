package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.zebra.rib.fib.InMemoryFib;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Incremental processing ends where a fresh start ends: after random adds, deletes and replacements of
 * IGP, static, BGP and VPN routes (resolving recursively through the IGP, some through each other, VPN
 * routes from another VRF), LDP label bindings, interface flaps and (every third run) a kernel that refuses
 * MPLS, the kernel FIB must equal that of a new RIB given only the final routes.
 * This exercises re-resolution, stale groups, superseded ops and node removal together.
 */
class RibConvergenceTest {
    private static final String[] IGP = {"192.0.2.0/24", "192.0.2.128/25", "192.0.2.77/32", "198.18.0.0/15",
        "198.18.4.0/24", "0.0.0.0/0"};
    private static final String[] GATEWAYS = {"192.0.2.77", "192.0.2.130", "192.0.2.5", "198.18.4.4",
        "198.19.1.1", "203.0.113.9"};
    private static final String[] DESTS = {"203.0.113.0/24", "100.64.0.0/10", "100.64.1.0/24", "172.20.0.0/16",
        "172.20.9.0/24", "198.18.4.0/24"};

    private static final int VPN = 5;

    private static RibTestBed router(boolean hold) {
        RibTestBed t = new RibTestBed();
        t.fib.holdAnswers(hold);
        t.rib.addVrf(VPN, "VPN", 5);
        t.iface(0, 2, "eth0", "10.0.0.1/24").iface(0, 3, "eth1", "10.0.1.1/24");
        return t;
    }

    /** An LDP binding: label on an IGP prefix's nexthop. */
    private record Binding(String prefix, String gateway, int ifindex, int label) {
        void apply(Rib rib) {
            rib.ftn().set(0, p(prefix), RouteType.OSPF, LspType.LDP, IpAddress.parse(gateway), ifindex, label);
        }
    }

    private static RouteUpdate randomRoute(Random r) {
        switch (r.nextInt(4)) {
            case 0: {
                Nexthop n = r.nextBoolean() ? via(0, "10.0.0." + (2 + r.nextInt(3)), 2)
                        : via(0, "10.0.1." + (2 + r.nextInt(3)), 3);
                return RibTestBed.ospf(IGP[r.nextInt(IGP.length)], r.nextInt(50), n);
            }
            case 1:
                return RibTestBed.staticRoute(0, DESTS[r.nextInt(DESTS.length)],
                        via(0, GATEWAYS[r.nextInt(GATEWAYS.length)]));
            case 2: {
                Nexthop n = via(0, GATEWAYS[r.nextInt(GATEWAYS.length)]).withLabels(LspType.BGP, 80 + r.nextInt(3));
                return new RouteUpdate(VPN, p(DESTS[r.nextInt(DESTS.length)]), RouteType.BGP, 0, 200, 0, 0,
                        RouteEntry.FLAG_ALLOW_RECURSION | RouteEntry.FLAG_IBGP, List.of(n));
            }
            default: {
                Nexthop n = via(0, GATEWAYS[r.nextInt(GATEWAYS.length)]);
                if (r.nextBoolean()) {
                    n = n.withLabels(LspType.BGP, 100 + r.nextInt(5));
                }
                return new RouteUpdate(0, p(DESTS[r.nextInt(DESTS.length)]), RouteType.BGP, 0, 200, r.nextInt(3), 0,
                        RouteEntry.FLAG_ALLOW_RECURSION | RouteEntry.FLAG_IBGP, List.of(n));
            }
        }
    }

    private static String key(RouteUpdate u) {
        return u.vrfId() + " " + u.prefix() + " " + u.type();
    }

    private static List<String> fib(InMemoryFib fib) {
        List<String> l = new ArrayList<>();
        for (InMemoryFib.Installed i : fib.routes()) {
            l.add(i.tableId() + " " + i.prefix() + " " + i.nexthops());
        }
        l.sort(Comparator.naturalOrder());
        return l;
    }

    /** The entries of `show ip route` (a line and its continuation lines each), sorted: entry order differs. */
    private static List<String> entries(String show) {
        List<String> blocks = new ArrayList<>();
        for (String line : show.replaceAll("\\d\\d:\\d\\d:\\d\\d", "T").split("\n")) {
            if (line.startsWith("  ") && !blocks.isEmpty()) {
                blocks.set(blocks.size() - 1, blocks.getLast() + "\n" + line);
            } else {
                blocks.add(line);
            }
        }
        blocks.sort(Comparator.naturalOrder());
        return blocks;
    }

    @Test
    void randomChangesConvergeToTheFreshState() {
        for (int seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed);
            boolean hold = seed % 2 == 0;
            boolean noMpls = seed % 3 == 0;
            RibTestBed t = router(hold);
            if (noMpls) {
                t.fib.refuseMpls();
            }
            Map<String, RouteUpdate> model = new TreeMap<>();
            Map<String, Binding> ftn = new TreeMap<>();
            for (int step = 0; step < 120; step++) {
                int op = r.nextInt(10);
                if (op < 6) {
                    RouteUpdate u = randomRoute(r);
                    t.add(u);
                    model.put(key(u), u);
                } else if (op < 8 && !model.isEmpty()) {
                    List<String> keys = new ArrayList<>(model.keySet());
                    RouteUpdate u = model.remove(keys.get(r.nextInt(keys.size())));
                    t.rib.deleteRoute(u.vrfId(), u.prefix(), u.type(), 0);
                } else if (op < 9) {
                    int ifindex = 2 + r.nextInt(2);
                    Binding b = new Binding(IGP[r.nextInt(IGP.length)], "10.0." + (ifindex - 2) + "." + (2 + r.nextInt(3)),
                            ifindex, 16 + r.nextInt(4));
                    String k = b.prefix() + " " + b.gateway();
                    if (r.nextInt(3) == 0 && ftn.containsKey(k)) {
                        ftn.remove(k);
                        t.rib.ftn().remove(0, p(b.prefix()), RouteType.OSPF, LspType.LDP, IpAddress.parse(b.gateway()),
                                ifindex);
                    } else {
                        ftn.put(k, b);
                        b.apply(t.rib);
                    }
                } else {
                    int ifindex = 2 + r.nextInt(2);
                    t.rib.interfaces().setOperative(0, ifindex, false);
                    t.settle();
                    t.rib.interfaces().setOperative(0, ifindex, true);
                }
                if (r.nextInt(4) == 0) {
                    t.settle();
                    if (hold && r.nextBoolean()) {
                        t.fib.answerAll();
                    }
                }
            }
            for (int i = 0; i < 10; i++) {
                t.fib.answerAll();
                t.settle();
            }
            RibTestBed fresh = router(false);
            if (noMpls) {
                fresh.fib.refuseMpls();
            }
            ftn.values().forEach(b -> b.apply(fresh.rib));
            model.values().forEach(fresh::add);
            fresh.settle();
            assertEquals(fib(fresh.fib), fib(t.fib), "seed " + seed);
            assertEquals(entries(fresh.show("show ip route vrf all")), entries(t.show("show ip route vrf all")),
                    "seed " + seed);
        }
    }
}
