package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MpNextHop;
import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.MpUnreachNlri;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.message.DecodeResult;
import dev.ferry.bgpd.message.KeepaliveMessage;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.message.RouteRefreshMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VPN-IPv4 UPDATEs both ways with a scripted iBGP peer that negotiates only AFI 1 / SAFI 128: the VRF's exported
 * route arrives in MP_REACH_NLRI with RD 1:100, the pool label, RT 10:100, LOCAL_PREF and next hop RD 0:0 + our
 * session address; the peer's VPN route with RT 10:100 is imported into the VRF with its label and next hop, and
 * its MP_UNREACH_NLRI takes it out again. Reads block with a deadline; no sleeps.
 */
class VpnScriptedPeerTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 13) % 20000);
    private static final String US = "127.0.0.3";
    private static final String THEM = "127.0.0.4";
    private static final RouteDistinguisher RD_THEM = RouteDistinguisher.parse("1:200");
    private static final Prefix THEIRS = Prefix.parse("10.88.0.0/24");
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final BgpConfig config = new BgpConfig();
    private BgpService service;
    private Socket socket;
    private VpnPolicy policy;

    @BeforeEach
    void configure() throws Exception {
        BgpInstance def = new BgpInstance(65001, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        def.routerId("1.1.1.1");
        def.activatedByDefault(BgpAddressFamily.IPV4_UNICAST, false);
        def.addNeighbor(IpPrefix.host(IpAddresses.parse(THEM)), RemoteAs.parse("65001"))
                .activated(BgpAddressFamily.IPV4_VPN, true);
        config.add(def);
        BgpInstance vrf = new BgpInstance(65001, BgpInstanceType.VRF, "CUSTA", BgpDefaults.of("traditional"));
        vrf.importCheck(false);
        vrf.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.77.0.0/24"), null));
        VpnPolicy p = vrf.family(BgpAddressFamily.IPV4_UNICAST).vpn();
        p.export().labelAuto(true);
        p.export().rd(RouteDistinguisher.parse("1:100"));
        p.export().routeTargets(List.of(RouteTarget.parse("10:100")));
        p.importRouteTargets(List.of(RouteTarget.parse("10:100")));
        p.exportToVpn(true);
        p.importFromVpn(true);
        policy = p;
        config.add(vrf);
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(US)), () -> "Y", f -> false);
            service.start(null);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (socket != null) {
            socket.close();
        }
        on(() -> {
            service.close();
            return null;
        });
        loop.shutdownNow();
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private void send(BgpMessage m) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(MessageEncoder.encode(m, CodecContext.IBGP));
        out.flush();
    }

    private BgpMessage read() throws Exception {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[19];
        in.readFully(header);
        int len = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        byte[] msg = java.util.Arrays.copyOf(header, len);
        in.readFully(msg, 19, len - 19);
        DecodeResult r = MessageDecoder.decode(msg, CodecContext.IBGP);
        return r.message();
    }

    /** The UPDATEs up to the VPN End-of-RIB. */
    private List<UpdateMessage> updatesToEndOfRib() throws Exception {
        List<UpdateMessage> out = new java.util.ArrayList<>();
        while (true) {
            BgpMessage m = read();
            if (m instanceof UpdateMessage u) {
                if (u.isEndOfRib()) {
                    assertEquals(AddressFamily.IPV4_VPN, u.attributes().mpUnreach().family());
                    return out;
                }
                out.add(u);
            }
        }
    }

    private void establish() throws Exception {
        socket = PeerSockets.connect(THEM, US, PORT, System.nanoTime() + 20_000_000_000L);
        OpenMessage open = assertInstanceOf(OpenMessage.class, read());
        assertNotNull(open.capability(MultiprotocolCapability.class), "we offer MP");
        send(OpenMessage.of(65001, 90, Ipv4Addresses.parse("2.2.2.2"), List.of(
                MultiprotocolCapability.of(AddressFamily.IPV4_VPN), RouteRefreshCapability.STANDARD,
                new FourOctetAsCapability(65001))));
        assertInstanceOf(KeepaliveMessage.class, read());
        send(KeepaliveMessage.INSTANCE);
    }

    private BgpPath vrfBest(Prefix p) throws Exception {
        return on(() -> {
            Destination d = service.vrfRouter("CUSTA").rib(AddressFamily.IPV4_UNICAST).get(p);
            return d == null ? null : d.best();
        });
    }

    @Test
    void vpnRoutesBothWays() throws Exception {
        establish();
        List<UpdateMessage> first = updatesToEndOfRib();
        assertEquals(1, first.size(), "the VRF's one exported route: " + first);
        PathAttributes a = first.get(0).attributes();
        MpReachNlri reach = a.mpReach();
        assertEquals(AddressFamily.IPV4_VPN, reach.family());
        assertEquals(RouteDistinguisher.parse("0:0"), reach.nextHop().rd(), "RFC 4364: RD 0 before the next hop");
        assertArrayEquals(IpAddresses.parse(US), reach.nextHop().address(), "next hop self for a local route");
        VpnPrefix v = assertInstanceOf(VpnPrefix.class, reach.nlri().get(0));
        assertEquals(RouteDistinguisher.parse("1:100"), v.rd());
        assertEquals(Prefix.parse("10.77.0.0/24"), v.prefix());
        assertEquals(VpnLabels.LOCAL_BASE, v.label());
        assertEquals(List.of(RouteTarget.parse("10:100")), a.extendedCommunities().routeTargets());
        assertEquals(100, a.localPref().value());

        PathAttributes theirs = PathAttributes.of(MpReachNlri.of(AddressFamily.IPV4_VPN,
                MpNextHop.vpnIpv4(IpAddresses.parse(THEM)), List.of(VpnPrefix.of(RD_THEM, 200, THEIRS))),
                Origin.of(Origin.IGP), AsPath.EMPTY, LocalPref.of(100),
                ExtendedCommunities.routeTargets(List.of(RouteTarget.parse("10:100"))));
        send(new UpdateMessage(List.of(), theirs, List.of()));
        barrier();
        BgpPath imported = vrfBest(THEIRS);
        assertNotNull(imported, "imported by RT 10:100");
        assertEquals(200, imported.label());
        assertArrayEquals(IpAddresses.parse(THEM), imported.nextHop());
        assertEquals(1, (int) on(() -> service.router().peer(THEM).acceptedCount(AddressFamily.IPV4_VPN)));

        send(new UpdateMessage(List.of(), PathAttributes.of(MpUnreachNlri.of(AddressFamily.IPV4_VPN,
                List.of(VpnPrefix.withdrawal(RD_THEM, THEIRS)))), List.of()));
        barrier();
        assertNull(vrfBest(THEIRS), "the VPN withdrawal takes the VRF route out");
    }

    /** A ROUTE-REFRESH for VPN, answered with the table and an End-of-RIB: everything sent before is done. */
    private void barrier() throws Exception {
        send(RouteRefreshMessage.request(AddressFamily.IPV4_VPN));
        List<UpdateMessage> again = updatesToEndOfRib();
        assertTrue(again.size() >= 1, "the refresh resends our VPN route");
    }
    /** The one VPN route of an UPDATE's MP_REACH_NLRI and its next hop. */
    private static byte[] reachNexthop(UpdateMessage u) {
        MpReachNlri reach = u.attributes().mpReach();
        assertEquals(Prefix.parse("10.77.0.0/24"), assertInstanceOf(VpnPrefix.class, reach.nlri().get(0)).prefix());
        return reach.nextHop().address();
    }

    @Test
    void nexthopVpnExportIsTheAnnouncedNexthop() throws Exception {
        on(() -> {
            policy.export().nexthop("10.9.9.9");
            service.reconcile();
            return null;
        });
        establish();
        List<UpdateMessage> first = updatesToEndOfRib();
        assertEquals(1, first.size(), first.toString());
        assertArrayEquals(IpAddresses.parse("10.9.9.9"), reachNexthop(first.get(0)),
                "`nexthop vpn export 10.9.9.9` goes out as is, not as next hop self");

        on(() -> {
            policy.export().nexthop(null);
            service.reconcile();
            return null;
        });
        send(RouteRefreshMessage.request(AddressFamily.IPV4_VPN));
        List<UpdateMessage> again = updatesToEndOfRib();
        assertArrayEquals(IpAddresses.parse(US), reachNexthop(again.get(again.size() - 1)),
                "without it, next hop self again");
    }
    @Test
    void vrfToVrfRoutesStayOnThisRouter() throws Exception {
        on(() -> {
            for (String[] v : new String[][] {{"CUSTX", "10.55.0.0/24"}, {"CUSTY", "10.44.0.0/24"}}) {
                BgpInstance i = new BgpInstance(65001, BgpInstanceType.VRF, v[0], BgpDefaults.of("traditional"));
                i.importCheck(false);
                i.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse(v[1]), null));
                config.add(i);
            }
            config.find("CUSTY").family(BgpAddressFamily.IPV4_UNICAST).vpn().addImportVrf("CUSTX");
            config.find("CUSTX").family(BgpAddressFamily.IPV4_UNICAST).vpn().addExportVrf("CUSTY");
            service.reconcile();
            return null;
        });
        assertNotNull(on(() -> service.vrfRouter("CUSTY").rib(AddressFamily.IPV4_UNICAST)
                .get(Prefix.parse("10.55.0.0/24")).best()), "leaked into CUSTY");
        establish();
        List<UpdateMessage> first = updatesToEndOfRib();
        assertEquals(1, first.size(), "only CUSTA's VPN route, not the VRF-to-VRF one: " + first);
        assertEquals(Prefix.parse("10.77.0.0/24"), reachPrefix(first.get(0)));
    }

    private static Prefix reachPrefix(UpdateMessage u) {
        return assertInstanceOf(VpnPrefix.class, u.attributes().mpReach().nlri().get(0)).prefix();
    }
}
