package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.message.KeepaliveMessage;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorCodes;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.io.EOFException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted peer on a plain socket against the runtime: the OPEN exchange, End-of-RIB, keepalives at a third
 * of the negotiated hold time, UPDATEs into the RIB (an AS loop refused), and the hold timer expiring when the
 * peer goes silent (NOTIFICATION 4/0, then the connection closes). Reads block with a deadline; no sleeps.
 */
class ScriptedPeerTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 7) % 20000);
    private static final String US = "127.0.0.3";
    private static final String THEM = "127.0.0.4";
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final BgpConfig config = new BgpConfig();
    private BgpService service;
    private ScriptedSpeaker peer;

    private final BgpInstance inst = new BgpInstance(65001, BgpInstanceType.DEFAULT, null,
            BgpDefaults.of("traditional"));

    @BeforeEach
    void configure() {
        inst.routerId("1.1.1.1");
        inst.ebgpRequiresPolicy(false);
        inst.addNeighbor(IpPrefix.host(IpAddresses.parse(THEM)), RemoteAs.parse("65002"));
        config.add(inst);
    }

    private void start() throws Exception {
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(US)), () -> "S",
                    f -> false);
            service.start(null);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (peer != null) {
            peer.close();
        }
        on(() -> {
            if (service != null) {
                service.close();
            }
            return null;
        });
        loop.shutdownNow();
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private void send(BgpMessage m) throws Exception {
        peer.send(m);
    }

    private BgpMessage read() throws Exception {
        return peer.read();
    }

    /** Connects (retrying until the service listens), exchanges OPENs and KEEPALIVEs, reads the End-of-RIB. */
    private void establish(int hold) throws Exception {
        peer = ScriptedSpeaker.connect(THEM, US, PORT, CodecContext.EBGP);
        assertEquals(65001, peer.establish(65002, "2.2.2.2", hold).asNumber());
    }

    /**
     * A barrier: asks for a route refresh and reads up to the End-of-RIB that answers it, so every message sent
     * before has been processed (one connection, one loop, in order).
     */
    private void barrier() throws Exception {
        peer.barrier();
    }

    private Destination route(String prefix) throws Exception {
        return on(() -> service.router().rib(AddressFamily.IPV4_UNICAST).get(Prefix.parse(prefix)));
    }

    private static UpdateMessage announce(String asPath, String prefix) {
        return new UpdateMessage(List.of(), PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse(asPath),
                NextHop.of("127.0.0.4")), List.of(Ipv4Prefix.parse(prefix)));
    }

    @Test
    void sessionRoutesKeepalivesAndHoldTimer() throws Exception {
        start();
        establish(3);
        send(announce("65002 65010", "192.0.2.0/24"));
        send(announce("65002 65001", "198.51.100.0/24"));
        barrier();
        Destination d = route("192.0.2.0/24");
        assertEquals("65002 65010", on(() -> d.best().asPath().toString()));
        assertEquals(null, route("198.51.100.0/24"), "a path with our AS is a loop");
        send(new UpdateMessage(List.of(Ipv4Prefix.parse("192.0.2.0/24")), PathAttributes.EMPTY, List.of()));
        barrier();
        assertEquals(null, route("192.0.2.0/24"), "withdrawn");
        send(announce("65002 65010", "192.0.2.0/24"));
        barrier();

        // keepalives every second (a third of the 3 s hold time); then silence: the hold timer expires after 3 s
        assertInstanceOf(KeepaliveMessage.class, read());
        long silentFrom = System.nanoTime();
        NotificationMessage n = null;
        while (n == null) {
            BgpMessage m = read();
            if (m instanceof NotificationMessage x) {
                n = x;
            }
        }
        long waited = (System.nanoTime() - silentFrom) / 1_000_000;
        assertEquals(ErrorCodes.HOLD_TIMER_EXPIRED, n.code());
        assertTrue(waited >= 1500 && waited < 6000, "hold timer fired after " + waited + " ms");
        try {
            read();
            throw new AssertionError("the connection stays open after the NOTIFICATION");
        } catch (EOFException | java.net.SocketException expected) {
            // closed
        }
        assertEquals(null, route("192.0.2.0/24"), "the peer's routes left with the session");
    }

    @Test
    void ebgpRequiresPolicyAcceptsNothingAndSendsNothing() throws Exception {
        inst.ebgpRequiresPolicy(true);
        inst.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.1.0.0/24"), null));
        start();
        establish(30);
        send(announce("65002", "192.0.2.0/24"));
        barrier();
        assertEquals(null, route("192.0.2.0/24"));
        assertEquals(1, (int) on(() -> service.router().peer(THEM).filteredCount(AddressFamily.IPV4_UNICAST)));
        assertEquals(0, (int) on(() -> service.router().peer(THEM).sentCount(AddressFamily.IPV4_UNICAST)));
        assertTrue(on(() -> service.router().rib(AddressFamily.IPV4_UNICAST).get(Prefix.parse("10.1.0.0/24")))
                != null, "our network is in our table, just not sent");
    }

    private void policy(String... lines) {
        dev.ferry.bgpd.policy.Policies p = config.policies();
        for (String l : lines) {
            String[] w = l.split(" ");
            switch (w[0]) {
                case "pl" -> p.prefixListOrNew(w[1], false).put(new dev.ferry.bgpd.policy.PrefixListEntry(
                        Long.parseLong(w[2]), dev.ferry.bgpd.policy.PolicyAction.of(w[3]), IpPrefix.parse(w[4]), 0,
                        Integer.parseInt(w[5]), false));
                default -> throw new IllegalArgumentException(l);
            }
        }
    }

    private dev.ferry.bgpd.config.BgpNeighborPolicy neighborPolicy() {
        return inst.neighbor(IpPrefix.host(IpAddresses.parse(THEM))).policy(BgpAddressFamily.IPV4_UNICAST);
    }

    @Test
    void inboundPrefixListAndRouteMapShapeTheLocRib() throws Exception {
        inst.ebgpRequiresPolicy(true);
        policy("pl PL 5 permit 10.0.0.0/8 24");
        dev.ferry.bgpd.policy.RouteMapEntry e = config.policies().routeMapOrNew("IN")
                .entry(10, dev.ferry.bgpd.policy.PolicyAction.PERMIT);
        e.set(new dev.ferry.bgpd.policy.SetClause.LocalPreference(
                dev.ferry.bgpd.policy.SetClause.Adjustment.parse("250")));
        e.set(new dev.ferry.bgpd.policy.SetClause.Weight(7));
        neighborPolicy().prefixList(true, "PL");
        neighborPolicy().routeMap(true, "IN");
        start();
        establish(30);
        send(announce("65002", "10.1.0.0/24"));
        send(announce("65002", "11.1.0.0/24"));
        send(announce("65002", "10.2.0.0/25"));
        barrier();
        Destination d = route("10.1.0.0/24");
        assertEquals(250L, (long) on(() -> d.best().localPref()), "set local-preference");
        assertEquals(7, (int) on(() -> d.best().weight()), "set weight");
        assertEquals(null, route("11.1.0.0/24"), "outside the prefix-list");
        assertEquals(null, route("10.2.0.0/25"), "longer than le 24");
        assertEquals(2, (int) on(() -> service.router().peer(THEM).filteredCount(AddressFamily.IPV4_UNICAST)));
        assertEquals(1, (int) on(() -> service.router().peer(THEM).acceptedCount(AddressFamily.IPV4_UNICAST)));
    }

    @Test
    void outboundRouteMapSetsCommunityAndMetricAndFilters() throws Exception {
        inst.ebgpRequiresPolicy(true);
        inst.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.1.0.0/24"), null));
        inst.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.9.0.0/24"), null));
        policy("pl OUTPL 5 permit 10.1.0.0/16 32");
        dev.ferry.bgpd.policy.RouteMapEntry e = config.policies().routeMapOrNew("OUT")
                .entry(10, dev.ferry.bgpd.policy.PolicyAction.PERMIT);
        e.match(new dev.ferry.bgpd.policy.MatchClause.PrefixListMatch("OUTPL", false));
        int community = dev.ferry.bgpd.attr.Communities.parse("65001:7");
        e.set(new dev.ferry.bgpd.policy.SetClause.Community(new int[] {community}, "65001:7", false));
        e.set(new dev.ferry.bgpd.policy.SetClause.Prepend(new long[] {65001}));
        neighborPolicy().routeMap(false, "OUT");
        start();
        establishUntilRoutes();
    }

    /** Establishes and reads what bgpd sends before its End-of-RIB: only 10.1.0.0/24, with the route-map's sets. */
    private void establishUntilRoutes() throws Exception {
        peer = ScriptedSpeaker.connect(THEM, US, PORT, CodecContext.EBGP);
        peer.open(65002, "2.2.2.2", 30);
        List<UpdateMessage> updates = peer.untilEndOfRib();
        assertEquals(1, updates.size(), "10.9.0.0/24 is outside the route-map's prefix-list: denied");
        UpdateMessage u = updates.get(0);
        assertEquals(List.of(Ipv4Prefix.parse("10.1.0.0/24")), u.nlri());
        assertEquals("65001:7", u.attributes().communities().toString());
        assertEquals("65001 65001", u.attributes().asPath().toString(), "our AS in front of the prepended one");
        assertEquals(1, (int) on(() -> service.router().peer(THEM).sentCount(AddressFamily.IPV4_UNICAST)));
    }

    @Test
    void maximumPrefixSendsCeaseWithAfiSafiAndLimitAndStaysDown() throws Exception {
        neighborPolicy().maxPrefix(new dev.ferry.bgpd.config.BgpNeighborPolicy.MaxPrefix(2, 75, false, 0, false));
        start();
        establish(30);
        send(new UpdateMessage(List.of(), PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65002"),
                NextHop.of("127.0.0.4")), List.of(Ipv4Prefix.parse("10.1.0.0/24"), Ipv4Prefix.parse("10.2.0.0/24"),
                Ipv4Prefix.parse("10.3.0.0/24"))));
        NotificationMessage n = null;
        while (n == null) {
            if (read() instanceof NotificationMessage x) {
                n = x;
            }
        }
        assertEquals(ErrorCodes.CEASE, n.code());
        assertEquals(ErrorCodes.CEASE_MAX_PREFIX, n.subcode());
        assertEquals(java.util.HexFormat.of().formatHex(new byte[] {0, 1, 1, 0, 0, 0, 2}),
                java.util.HexFormat.of().formatHex(n.data()), "AFI 1, SAFI 1, limit 2 (RFC 4486)");
        assertTrue(on(() -> service.router().peer(THEM).prefixOverflow()), "held down until cleared");
        assertEquals(1, (int) on(() -> service.router().peer(THEM).maxPrefixOverflows()));
        assertEquals(null, route("10.1.0.0/24"), "the routes left with the session");
    }

    private int pfxRcd() throws Exception {
        return on(() -> service.router().peer(THEM).acceptedCount(AddressFamily.IPV4_UNICAST));
    }

    @Test
    void pfxRcdFollowsAnnouncementsReplacementsWithdrawalsAndPolicy() throws Exception {
        inst.ebgpRequiresPolicy(true);
        policy("pl PL 5 permit 10.0.0.0/8 24");
        neighborPolicy().prefixList(true, "PL");
        neighborPolicy().prefixList(false, "PL");
        start();
        establish(30);
        send(announce("65002", "10.1.0.0/24"));
        send(announce("65002", "10.2.0.0/24"));
        barrier();
        assertEquals(2, pfxRcd());
        send(announce("65002 65010", "10.1.0.0/24"));
        send(announce("65002 65010", "10.1.0.0/24"));
        barrier();
        assertEquals(2, pfxRcd(), "a replacement and a repeat count once");
        Destination d = route("10.1.0.0/24");
        assertEquals("65002 65010", on(() -> d.best().asPath().toString()));
        send(announce("65002", "11.1.0.0/24"));
        barrier();
        assertEquals(2, pfxRcd(), "denied by the prefix-list");
        assertEquals(1, (int) on(() -> service.router().peer(THEM).filteredCount(AddressFamily.IPV4_UNICAST)));
        send(announce("65002 65001", "10.2.0.0/24"));
        barrier();
        assertEquals(1, pfxRcd(), "an AS loop treats the prefix as withdrawn");
        assertEquals(null, route("10.2.0.0/24"));
        send(new UpdateMessage(List.of(Ipv4Prefix.parse("10.1.0.0/24"), Ipv4Prefix.parse("10.1.0.0/24"),
                Ipv4Prefix.parse("10.9.0.0/24")), PathAttributes.EMPTY, List.of()));
        barrier();
        assertEquals(0, pfxRcd(), "withdrawn once; a second and an unknown withdrawal change nothing");
        send(announce("65002", "10.1.0.0/24"));
        barrier();
        assertEquals(1, pfxRcd());
    }
}
