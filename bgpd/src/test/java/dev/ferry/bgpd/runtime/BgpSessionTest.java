package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.fsm.BgpState;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two bgpd runtimes in one JVM, over loopback TCP (127.0.0.1 and 127.0.0.2, a high port so that no root is
 * needed): an eBGP session comes up through a connection collision (both sides connect), each side learns the
 * other's `network` with its AS prepended and next hop self, a removed network is withdrawn, and `neighbor X
 * shutdown` takes the session and its routes down.
 */
class BgpSessionTest {
    private static final int PORT = 20000 + (int) (ProcessHandle.current().pid() % 20000);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Side a = new Side("127.0.0.1", 65001, "1.1.1.1");
    private final Side b = new Side("127.0.0.2", 65002, "2.2.2.2");

    /** One router: its loop, config and service. */
    private static final class Side {
        final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        final BgpConfig config = new BgpConfig();
        final String address;
        final BgpInstance instance;
        BgpService service;

        Side(String address, long asn, String routerId) {
            this.address = address;
            instance = new BgpInstance(asn, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
            instance.routerId(routerId);
            instance.ebgpRequiresPolicy(false);
            config.add(instance);
        }

        void start() throws Exception {
            on(() -> {
                service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(address)),
                        () -> "h" + address, f -> true);
                service.start(null);
                return null;
            });
        }

        <T> T on(Callable<T> task) throws Exception {
            return loop.submit(task).get();
        }

        void change(Runnable edit) throws Exception {
            on(() -> {
                edit.run();
                service.reconcile();
                return null;
            });
        }

        Destination route(String prefix) throws Exception {
            return on(() -> service.router().rib(AddressFamily.IPV4_UNICAST).get(Prefix.parse(prefix)));
        }

        /** A value read from the peer of {@code address}, on the loop. */
        <T> T peer(String address, java.util.function.Function<Peer, T> read) throws Exception {
            return on(() -> read.apply(service.router().peer(address)));
        }

        void close() throws Exception {
            on(() -> {
                if (service != null) {
                    service.close();
                }
                return null;
            });
            loop.shutdownNow();
        }
    }

    private static <T> T await(Callable<T> probe, Predicate<T> ok, String what) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        T last = probe.call();
        while (!ok.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " within " + DEADLINE + "; last: " + last);
            }
            Thread.onSpinWait();
            Thread.yield();
            last = probe.call();
        }
        return last;
    }

    private static void neighbor(Side s, Side other, long remoteAs) {
        BgpNeighbor n = s.instance.addNeighbor(IpPrefix.host(IpAddresses.parse(other.address)),
                RemoteAs.parse(Long.toString(remoteAs)));
        n.updateSource(s.address);
    }

    private static void network(Side s, String prefix) {
        s.instance.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse(prefix), null));
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
    }

    @Test
    void ebgpSessionExchangesAndWithdrawsNetworks() throws Exception {
        neighbor(a, b, 65002);
        neighbor(b, a, 65001);
        network(a, "10.1.0.0/24");
        network(b, "10.2.0.0/24");
        a.start();
        b.start();

        await(() -> a.peer(b.address, Peer::state), s -> s == BgpState.ESTABLISHED, "A Established");
        await(() -> b.peer(a.address, Peer::state), s -> s == BgpState.ESTABLISHED, "B Established");

        Destination atB = await(() -> b.route("10.1.0.0/24"), d -> d != null && d.best() != null,
                "B learns 10.1.0.0/24");
        BgpPath p = b.on(atB::best);
        assertEquals("65001", p.asPath().toString());
        assertEquals("127.0.0.1", p.nextHopText());
        assertTrue(p.source().isEbgp());
        assertEquals(0, p.med(), "network routes carry MED 0");
        Destination atA = await(() -> a.route("10.2.0.0/24"), d -> d != null && d.best() != null,
                "A learns 10.2.0.0/24");
        assertEquals("65002", atA.best().asPath().toString());
        assertEquals(1, (int) a.peer(b.address, x -> x.sentCount(AddressFamily.IPV4_UNICAST)));
        assertEquals(1, (int) b.peer(a.address, x -> x.acceptedCount(AddressFamily.IPV4_UNICAST)));

        a.change(() -> a.instance.family(BgpAddressFamily.IPV4_UNICAST).removeNetwork(IpPrefix.parse("10.1.0.0/24")));
        await(() -> b.route("10.1.0.0/24"), d -> d == null, "B loses 10.1.0.0/24 after `no network`");

        a.change(() -> a.instance.neighbor(IpPrefix.host(IpAddresses.parse(b.address))).shutdown(true));
        await(() -> b.peer(a.address, Peer::state), s -> s != BgpState.ESTABLISHED, "B sees the session go down");
        assertNull(b.route("10.1.0.0/24"));
        await(() -> a.route("10.2.0.0/24"), d -> d == null, "A drops B's route with the session");
        assertEquals(BgpState.IDLE, a.peer(b.address, Peer::state));
        assertTrue(b.peer(a.address, Peer::lastResetReason).contains("Administrative Shutdown"),
                b.peer(a.address, Peer::lastResetReason));

        a.change(() -> a.instance.neighbor(IpPrefix.host(IpAddresses.parse(b.address))).shutdown(false));
        await(() -> a.route("10.2.0.0/24"), d -> d != null && d.best() != null, "A learns 10.2.0.0/24 again");
    }

    @Test
    void tcpMd5SignedSessionComesUp() throws Exception {
        neighbor(a, b, 65002);
        neighbor(b, a, 65001);
        a.instance.neighbor(IpPrefix.host(IpAddresses.parse(b.address))).password("s3cret");
        b.instance.neighbor(IpPrefix.host(IpAddresses.parse(a.address))).password("s3cret");
        network(a, "10.1.0.0/24");
        a.start();
        b.start();
        org.junit.jupiter.api.Assumptions.assumeTrue(a.on(() -> a.service.router() != null
                && a.service.transportSupportsPasswords()), "TCP-MD5 needs the epoll transport");
        await(() -> b.peer(a.address, Peer::state), s -> s == BgpState.ESTABLISHED, "signed session Established");
        await(() -> b.route("10.1.0.0/24"), d -> d != null, "B learns 10.1.0.0/24 over the signed session");
    }

    @Test
    void aNeighborStartsWhenItIsActivatedInAFamily() throws Exception {
        neighbor(a, b, 65002);
        neighbor(b, a, 65001);
        BgpNeighbor n = a.instance.neighbor(IpPrefix.host(IpAddresses.parse(b.address)));
        n.activated(BgpAddressFamily.IPV4_UNICAST, false);
        a.start();
        b.start();
        assertEquals(BgpState.IDLE, a.peer(b.address, Peer::state), "no family: the neighbor stays Idle");
        a.change(() -> n.activated(BgpAddressFamily.IPV4_UNICAST, true));
        await(() -> a.peer(b.address, Peer::state), s -> s == BgpState.ESTABLISHED, "A Established once activated");
    }
}
