package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A default BGP instance (AS 65001, one eBGP neighbor in AS 65002, no `ebgp-requires-policy`) listening on a
 * loopback address, with its best paths going to a given {@link RouteSink} and its next hops resolved at once
 * by a registry standing in for zebra's nexthop tracking: for benchmarks of the receive path. Call on the loop.
 */
public final class BenchRouters {
    private BenchRouters() {
    }

    public static BgpRouter start(ScheduledExecutorService loop, int port, String us, String neighbor,
            RouteSink sink) throws UnknownHostException {
        return start(loop, port, us, sink, neighbor + "=65002");
    }

    /** The same with the given eBGP neighbors, each "address=AS". */
    public static BgpRouter start(ScheduledExecutorService loop, int port, String us, RouteSink sink,
            String... neighbors) throws UnknownHostException {
        BgpInstance inst = new BgpInstance(65001, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        inst.routerId("1.1.1.1");
        inst.ebgpRequiresPolicy(false);
        for (String n : neighbors) {
            String[] parts = n.split("=");
            inst.addNeighbor(IpPrefix.host(IpAddresses.parse(parts[0])), RemoteAs.parse(parts[1]));
        }
        NexthopTable[] table = new NexthopTable[1];
        NexthopTable.Resolution resolved = new NexthopTable.Resolution(true, 0, IpPrefix.parse("127.0.0.0/8"));
        table[0] = new NexthopTable(address -> table[0].update(address, resolved));
        BgpTransport transport = new BgpTransport(loop, port);
        BgpRouter router = new BgpRouter(loop, transport, sink, table[0], inst, Ipv4Addresses.parse("1.1.1.1"),
                () -> "bench", f -> false);
        transport.listen(List.of(InetAddress.getByName(us)), router::accept);
        router.reconcile(inst);
        return router;
    }

    /** Closes the router and its transport. */
    public static Void stop(BgpRouter router) {
        router.close();
        router.transport().close();
        return null;
    }
}
