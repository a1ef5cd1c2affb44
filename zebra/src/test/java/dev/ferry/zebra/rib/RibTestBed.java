package dev.ferry.zebra.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import dev.ferry.zebra.rib.show.MplsShowCommands;
import dev.ferry.zebra.rib.show.RouteShowCommands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A RIB on a hand-driven loop with the in-memory FIB and the show commands on a CLI, plus shorthands to
 * describe routers: interfaces with addresses, client routes, nexthops.
 */
public final class RibTestBed {
    public final ManualScheduler loop = new ManualScheduler();
    public final InMemoryFib fib = new InMemoryFib(loop::execute);
    public final Rib rib = new Rib(loop, fib, () -> (int) (loop.nowMillis() / 1000));
    public final Set<String> configuredVrfs = new HashSet<>();
    private final Cli cli = new Cli();
    private final CliSession session = new CliSession();

    public RibTestBed() {
        RouteShowCommands.install(cli, rib, configuredVrfs::contains);
        MplsShowCommands.install(cli, rib);
        RouterIdCommands.install(cli, rib.routerIds(), rib.vrfs(), configuredVrfs::contains);
    }

    /** An up interface with its addresses ("10.1.1.2/24"). */
    public RibTestBed iface(int vrfId, int ifindex, String name, String... addresses) {
        rib.interfaces().add(vrfId, ifindex, name, name.equals("lo"));
        for (String a : addresses) {
            rib.interfaces().addAddress(vrfId, ifindex, IpPrefix.parse(a));
        }
        rib.interfaces().setOperative(vrfId, ifindex, true);
        return this;
    }

    /** Runs the loop until nothing is left (the FIB answers at once unless told to hold). */
    public RibTestBed settle() {
        loop.runAll(100_000);
        return this;
    }

    /** Lets virtual time pass (uptimes grow, timers fire). */
    public RibTestBed wait(int seconds) {
        loop.advance(seconds, TimeUnit.SECONDS);
        return this;
    }

    public RibTestBed add(RouteUpdate u) {
        rib.addRoute(u);
        return this;
    }

    /** Output of one command. */
    public String show(String line) {
        return execute(line).output();
    }

    public CliResult execute(String line) {
        return cli.execute(session, line);
    }

    public Cli cli() {
        return cli;
    }

    public static Prefix p(String text) {
        return Prefix.parse(text);
    }

    public static IpAddress a(String text) {
        return IpAddress.parse(text);
    }

    /** A client nexthop via a gateway, weight 1 as FRR's zebra gives client nexthops. */
    public static Nexthop via(int vrfId, String gateway) {
        return Nexthop.gateway(vrfId, a(gateway)).withWeight(1);
    }

    public static Nexthop via(int vrfId, String gateway, int ifindex) {
        return Nexthop.gateway(vrfId, a(gateway), ifindex).withWeight(1);
    }

    public static Nexthop dev(int vrfId, int ifindex) {
        return Nexthop.ifindex(vrfId, ifindex).withWeight(1);
    }

    public static RouteUpdate route(int vrfId, String prefix, RouteType type, int distance, int metric,
            Nexthop... nexthops) {
        return new RouteUpdate(vrfId, p(prefix), type, 0, distance, metric, 0, 0, List.of(nexthops));
    }

    /** An OSPF route (distance 110). */
    public static RouteUpdate ospf(String prefix, int metric, Nexthop... nexthops) {
        return route(0, prefix, RouteType.OSPF, 110, metric, nexthops);
    }

    /** A static route as staticd sends it: distance 1, recursion allowed, distance identifies it. */
    public static RouteUpdate staticRoute(int vrfId, String prefix, Nexthop... nexthops) {
        return route(vrfId, prefix, RouteType.STATIC, 1, 0, nexthops)
                .withFlags(RouteEntry.FLAG_ALLOW_RECURSION | RouteEntry.FLAG_RR_USE_DISTANCE);
    }

    /** FRR's output with times and nexthop group ids masked, for comparison. */
    public static String mask(String s) {
        return s.replaceAll("\\d\\d:\\d\\d:\\d\\d", "HH:MM:SS")
                .replaceAll("(\"(installedN|n)exthopGroupId\"):\\d+", "$1:N");
    }

    public static void assertSameShow(String expected, String actual) {
        assertEquals(mask(expected), mask(actual));
    }

    public static List<String> lines(String s) {
        return new ArrayList<>(s.lines().toList());
    }
}
