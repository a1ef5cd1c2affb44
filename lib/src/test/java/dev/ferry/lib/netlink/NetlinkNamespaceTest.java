package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.AddressAttr;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.MplsEncap;
import dev.ferry.lib.netlink.codec.MplsLabelStack;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NexthopMessage;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RtVia;
import dev.ferry.lib.netlink.codec.Seg6Encap;
import dev.ferry.lib.netlink.codec.Seg6LocalEncap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ferry's netlink layer against the real kernel, in a throwaway namespace (skipped unless root): veth
 * a/b, addresses, IPv4 / IPv6 / ECMP / seg6 / seg6local routes installed by Ferry and read back with
 * `ip`, the typed refusals of what this kernel lacks (MPLS, MPLS encap, VRF), batched installs with
 * per-request results, and link / address events.
 */
class NetlinkNamespaceTest {
    private static final int ADD = NlFlags.REQUEST | NlFlags.CREATE | NlFlags.REPLACE;
    private static TestNamespace ns;
    private static NetlinkSocket socket;
    private static int a;
    private static int b;

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(TestNamespace.available(), "needs root and iproute2");
        ns = TestNamespace.create("ferry-nl");
        ns.ip("link", "add", "name", "a", "type", "veth", "peer", "name", "b");
        socket = NetlinkSocket.open(NetlinkSocket.Options.defaults().inNamespace(ns.name()));
        Map<String, Integer> index = new TreeMap<>();
        for (NetlinkMessage m : socket.dump(LinkMessage.dump())) {
            LinkMessage l = assertInstanceOf(LinkMessage.class, m.payload());
            index.put(l.name(), l.index());
        }
        a = index.get("a");
        b = index.get("b");
        assertEquals(Optional.empty(), socket.execute(LinkMessage.setUp(a, true)));
        assertEquals(Optional.empty(), socket.execute(LinkMessage.setUp(b, true)));
        assertEquals(Optional.empty(), socket.execute(AddressMessage.add(a, IpPrefix.parse("10.1.0.1/24"), 0)));
        assertEquals(Optional.empty(), socket.execute(AddressMessage.add(b, IpPrefix.parse("10.2.0.1/24"), 0)));
        assertEquals(Optional.empty(), socket.execute(
                AddressMessage.add(a, IpPrefix.parse("2001:db8:1::1/64"), AddressAttr.F_NODAD)));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (socket != null) {
            socket.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    private static byte[] ip(String s) {
        return IpAddresses.parse(s);
    }

    private static Optional<NetlinkError> install(RouteMessage r) throws NetlinkException {
        return socket.execute(r.request(NlMsgType.RTM_NEWROUTE, ADD));
    }

    @Test
    void addressesAndMtuAreSeenByIp() throws Exception {
        String addrs = ns.ip("addr", "show", "dev", "a");
        assertTrue(addrs.contains("inet 10.1.0.1/24"), addrs);
        assertTrue(addrs.contains("inet6 2001:db8:1::1/64"), addrs);
        assertEquals(Optional.empty(), socket.execute(AddressMessage.add(b, IpPrefix.parse("10.9.0.1/24"), 0)));
        assertTrue(ns.ip("addr", "show", "dev", "b").contains("inet 10.9.0.1/24"));
        assertEquals(Optional.empty(), socket.execute(AddressMessage.delete(b, IpPrefix.parse("10.9.0.1/24"))));
        assertTrue(!ns.ip("addr", "show", "dev", "b").contains("10.9.0.1"));
        assertEquals(Optional.empty(), socket.execute(LinkMessage.setMtu(b, 1400)));
        assertTrue(ns.ip("link", "show", "dev", "b").contains("mtu 1400"));
    }

    @Test
    void unicastRoutesAreInstalled() throws Exception {
        assertEquals(Optional.empty(), install(RouteMessage.to(IpPrefix.parse("10.100.0.0/24"))
                .protocol(RouteProtocol.FERRY_STATIC).priority(20).nexthop(NextHop.via(ip("10.1.0.2"), a)).build()));
        assertEquals("10.100.0.0/24 via 10.1.0.2 dev a proto 230 metric 20",
                ns.ip("route", "show", "10.100.0.0/24").trim());
        assertEquals(Optional.empty(), install(RouteMessage.to(IpPrefix.parse("2001:db8:100::/64"))
                .protocol(RouteProtocol.FERRY_STATIC).nexthop(NextHop.via(ip("2001:db8:1::2"), a)).build()));
        assertEquals("2001:db8:100::/64 via 2001:db8:1::2 dev a proto 230 metric 1024 pref medium",
                ns.ip("-6", "route", "show", "2001:db8:100::/64").trim());
        assertEquals(Optional.empty(), install(RouteMessage.to(IpPrefix.parse("10.101.0.0/24"))
                .protocol(RouteProtocol.FERRY_OSPF).nexthop(NextHop.via(ip("10.1.0.2"), a))
                .nexthop(NextHop.via(ip("10.2.0.2"), b).withWeight(3)).build()));
        String ecmp = ns.ip("route", "show", "10.101.0.0/24");
        assertTrue(ecmp.contains("nexthop via 10.1.0.2 dev a weight 1"), ecmp);
        assertTrue(ecmp.contains("nexthop via 10.2.0.2 dev b weight 3"), ecmp);
        assertTrue(ecmp.startsWith("10.101.0.0/24 proto 231"), ecmp);
    }

    @Test
    void srv6RoutesAreInstalled() throws Exception {
        assertEquals(Optional.empty(), install(RouteMessage.to(IpPrefix.parse("2001:db8:20::/64"))
                .protocol(RouteProtocol.FERRY_STATIC)
                .nexthop(NextHop.dev(a).withEncap(Seg6Encap.encap(List.of(ip("fc00::1"), ip("fc00::2"))))).build()));
        assertEquals("2001:db8:20::/64  encap seg6 mode encap segs 2 [ fc00::1 fc00::2 ] dev a proto 230 metric 1024"
                + " pref medium", ns.ip("-6", "route", "show", "2001:db8:20::/64").trim());
        RouteMessage dx4 = RouteMessage.to(IpPrefix.parse("fc00:1::4/128")).protocol(RouteProtocol.FERRY_STATIC)
                .nexthop(NextHop.dev(a).withEncap(Seg6LocalEncap.endDx4(ip("10.1.0.2")))).build();
        assertEquals(Optional.empty(), install(dx4));
        assertEquals("fc00:1::4  encap seg6local action End.DX4 nh4 10.1.0.2 dev a proto 230 metric 1024 pref medium",
                ns.ip("-6", "route", "show", "fc00:1::4/128").trim());
        RouteMessage back = socket.dump(RouteMessage.dump(AddressFamily.INET6)).stream()
                .map(NetlinkMessage::payload).filter(RouteMessage.class::isInstance).map(RouteMessage.class::cast)
                .filter(r -> r.dst() != null && r.prefix().equals(IpPrefix.parse("fc00:1::4/128"))).findFirst()
                .orElseThrow();
        assertEquals(dx4.nexthops(), back.nexthops());
    }

    @Test
    void refusalsCarryErrnoAndReason() throws Exception {
        NetlinkError mpls = install(RouteMessage.mpls(100).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.1.0.2")), a, MplsLabelStack.of(200))).build()).orElseThrow();
        assertEquals(95, mpls.errno());
        assertEquals("EOPNOTSUPP", mpls.errnoName());
        assertNull(mpls.extackMessage());
        assertEquals("Operation not supported", mpls.reason());

        NetlinkError push = install(RouteMessage.to(IpPrefix.parse("10.103.0.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("10.1.0.2"), a).withEncap(MplsEncap.push(100))).build()).orElseThrow();
        assertEquals(95, push.errno());
        assertEquals("lwt encapsulation type not supported", push.reason());

        NetlinkError vrf = socket.execute(LinkMessage.createVrf("red", 10)).orElseThrow();
        assertEquals(95, vrf.errno());
        assertEquals("Unknown device type", vrf.reason());
        assertEquals("Operation not supported (EOPNOTSUPP, errno 95): Unknown device type", vrf.toString());
    }

    /**
     * A nexthop object made with Ferry's codec carries routes that name it; the dumps read both back (the route
     * with its id and, nexthop_compat_mode 1, its gateway); the kernel's refusals say why; deleting the object
     * takes its routes with it, without a word.
     */
    @Test
    void nexthopObjectsCarryRoutes() throws Exception {
        int id = 0x10000040;
        NexthopMessage object = NexthopMessage.via(id, ip("10.1.0.2"), a, RouteProtocol.FERRY_ZEBRA);
        int create = NlFlags.REQUEST | NlFlags.CREATE | NlFlags.EXCL;
        assertEquals(Optional.empty(), socket.execute(object.request(NlMsgType.RTM_NEWNEXTHOP, create)));
        NetlinkError again = socket.execute(object.request(NlMsgType.RTM_NEWNEXTHOP, create)).orElseThrow();
        assertEquals(Errno.EEXIST, again.errno(), again.toString());
        NetlinkError unreachable = socket.execute(NexthopMessage.via(id + 1, ip("192.0.2.1"), a,
                RouteProtocol.FERRY_ZEBRA).request(NlMsgType.RTM_NEWNEXTHOP, create)).orElseThrow();
        NetlinkError plain = install(RouteMessage.to(IpPrefix.parse("10.105.0.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("192.0.2.1"), a)).build()).orElseThrow();
        assertEquals(Errno.ENETUNREACH, unreachable.errno(), unreachable.toString());
        assertEquals("Nexthop has invalid gateway", unreachable.extackMessage());
        assertEquals(plain, unreachable, "an object is refused as a route with the same gateway");

        RouteMessage byId = RouteMessage.to(IpPrefix.parse("10.104.0.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .priority(20).nexthopId(id).build();
        assertEquals(Optional.empty(), install(byId));
        assertEquals("10.104.0.0/24 nhid " + id + " via 10.1.0.2 dev a proto 233 metric 20",
                ns.ip("route", "show", "10.104.0.0/24").trim());
        NetlinkError missing = install(RouteMessage.to(IpPrefix.parse("10.105.0.0/24"))
                .protocol(RouteProtocol.FERRY_BGP).nexthopId(id + 1).build()).orElseThrow();
        assertEquals(Errno.EINVAL, missing.errno());
        assertEquals("Nexthop id does not exist", missing.extackMessage());

        NexthopMessage dumped = socket.dump(NexthopMessage.dump()).stream().map(NetlinkMessage::payload)
                .filter(NexthopMessage.class::isInstance).map(NexthopMessage.class::cast)
                .filter(m -> m.id() == id).findFirst().orElseThrow();
        assertEquals(RouteProtocol.FERRY_ZEBRA, dumped.protocol());
        assertEquals(a, dumped.ifindex());
        RouteMessage back = socket.dump(RouteMessage.dump(AddressFamily.INET)).stream().map(NetlinkMessage::payload)
                .filter(RouteMessage.class::isInstance).map(RouteMessage.class::cast)
                .filter(r -> r.dst() != null && r.prefix().equals(IpPrefix.parse("10.104.0.0/24"))).findFirst()
                .orElseThrow();
        assertEquals(id, back.nexthopId());
        assertEquals(List.of(NextHop.via(ip("10.1.0.2"), a)), back.nexthops());

        assertEquals(Optional.empty(), socket.execute(NexthopMessage.byId(id).request(NlMsgType.RTM_DELNEXTHOP,
                NlFlags.REQUEST)));
        assertEquals("", ns.ip("route", "show", "10.104.0.0/24").trim(), "the object's routes went with it");
    }

    /** No ACK requested: failures still come back, matched to their requests; the rest succeeded. */
    @Test
    void batchesReportEachRequest() throws Exception {
        for (boolean ack : new boolean[] {false, true}) {
            List<String> outcome = new ArrayList<>();
            List<Integer> seqs = new ArrayList<>();
            try (NetlinkSocket s = NetlinkSocket.open(NetlinkSocket.Options.defaults().inNamespace(ns.name()))) {
                RequestBatcher batcher = new RequestBatcher(s, 4, 1 << 16, ack, new RequestBatcher.Listener() {
                    @Override
                    public void succeeded(int seq) {
                        outcome.add(seq + " ok");
                    }

                    @Override
                    public void failed(int seq, NetlinkError error) {
                        outcome.add(seq + " " + error.reason());
                    }
                });
                for (int i = 0; i < 10; i++) {
                    String gw = i == 3 || i == 7 ? "192.0.2.1" : "10.1.0.2";
                    RouteMessage r = RouteMessage.to(IpPrefix.parse("10.120." + i + ".0/24"))
                            .protocol(ack ? RouteProtocol.FERRY_OSPF : RouteProtocol.FERRY_BGP)
                            .nexthop(NextHop.via(ip(gw), a)).build();
                    seqs.add(batcher.add(r.request(NlMsgType.RTM_NEWROUTE, ADD)));
                }
                batcher.flush();
                assertEquals(0, batcher.pending());
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                expected.add(seqs.get(i) + (i == 3 || i == 7 ? " Nexthop has invalid gateway" : " ok"));
            }
            assertEquals(expected, outcome, ack ? "ack mode" : "no-ack mode");
            String table = ns.ip("route", "show", "proto", ack ? "231" : "233");
            assertEquals(8, table.lines().filter(l -> l.startsWith("10.120.")).count(), table);
        }
    }

    @Test
    void linkAndAddressEventsArrive() throws Exception {
        BlockingQueue<NetlinkMessage> events = new LinkedBlockingQueue<>();
        NetlinkSocket listening = NetlinkSocket.open(NetlinkSocket.Options.defaults().inNamespace(ns.name())
                .subscribe(MulticastGroup.LINK, MulticastGroup.IPV4_IFADDR, MulticastGroup.IPV6_IFADDR));
        try (NetlinkMonitor monitor = NetlinkMonitor.start(listening, "nl-test-events", events::add)) {
            assertEquals(Optional.empty(), socket.execute(LinkMessage.setUp(b, false)));
            LinkMessage down = await(events, m -> m.payload() instanceof LinkMessage l && l.index() == b && !l.isUp());
            assertEquals("b", down.name());
            assertNotEquals(true, down.isRunning());
            assertEquals(Optional.empty(), socket.execute(LinkMessage.setUp(b, true)));
            LinkMessage up = await(events, m -> m.payload() instanceof LinkMessage l && l.index() == b && l.isUp());
            assertEquals("b", up.name());
            ns.ip("addr", "add", "10.7.0.1/24", "dev", "b");
            AddressMessage added = await(events, m -> m.payload() instanceof AddressMessage x
                    && m.header().type() == NlMsgType.RTM_NEWADDR && x.prefix().toString().equals("10.7.0.1/24"));
            assertEquals(b, added.index());
        }
        assertThrows(IllegalStateException.class, () -> listening.receive(0, (t, f, s, m) -> { }));
    }

    @SuppressWarnings("unchecked")
    private static <T> T await(BlockingQueue<NetlinkMessage> q, Predicate<NetlinkMessage> want) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<NetlinkMessage> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            NetlinkMessage m = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                break;
            }
            if (want.test(m)) {
                return (T) m.payload();
            }
            seen.add(m);
        }
        throw new AssertionError("event not seen within 10 s; saw " + seen);
    }
}
