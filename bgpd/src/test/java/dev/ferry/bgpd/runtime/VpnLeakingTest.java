package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.v1.Route;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VRF-VPN leaking on the runtime (no zebra: labels come from the local chunk starting at 80): export with the
 * RD, route targets and label; import by route-target match with the VPN next hop and label; re-evaluation on
 * route-target changes, `no import vpn` and `no export vpn`; the zebra route of an imported path.
 */
class VpnLeakingTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 11) % 20000);
    private static final RouteDistinguisher RD_A = RouteDistinguisher.parse("1:100");
    private static final RouteDistinguisher RD_REMOTE = RouteDistinguisher.parse("1:200");
    private static final Prefix LOCAL = Prefix.parse("10.77.0.0/24");
    private static final Prefix REMOTE = Prefix.parse("10.88.0.0/24");

    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final BgpConfig config = new BgpConfig();
    private final BgpInstance vrf = new BgpInstance(65000, BgpInstanceType.VRF, "CUSTA", BgpDefaults.of("traditional"));
    private BgpService service;
    private final PathSource remotePe = new PathSource(PathSource.Kind.IBGP, IpAddresses.parse("10.0.12.1"),
            0x0a000001, 65000);

    @BeforeEach
    void configure() throws Exception {
        BgpInstance def = new BgpInstance(65000, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        def.routerId("10.0.0.2");
        config.add(def);
        vrf.importCheck(false);
        vrf.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.77.0.0/24"), null));
        VpnPolicy p = policy();
        p.export().labelAuto(true);
        p.export().rd(RD_A);
        p.export().routeTargets(List.of(RouteTarget.parse("10:100")));
        p.importRouteTargets(List.of(RouteTarget.parse("10:100")));
        p.exportToVpn(true);
        p.importFromVpn(true);
        config.add(vrf);
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName("127.0.0.5")), () -> "Y",
                    f -> false);
            service.start(null);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        on(() -> {
            service.close();
            return null;
        });
        loop.shutdownNow();
    }

    private VpnPolicy policy() {
        return vrf.family(BgpAddressFamily.IPV4_UNICAST).vpn();
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private BgpPath vpnBest(RouteDistinguisher rd, Prefix p) throws Exception {
        return on(() -> {
            Destination d = service.router().vpnRib(AddressFamily.IPV4_VPN).get(rd, p);
            return d == null ? null : d.best();
        });
    }

    private BgpPath vrfBest(Prefix p) throws Exception {
        return on(() -> {
            Destination d = service.vrfRouter("CUSTA").rib(AddressFamily.IPV4_UNICAST).get(p);
            return d == null ? null : d.best();
        });
    }

    /** A route the remote PE sent: its RD, label 200 and route target {@code rt}. */
    private void remoteRoute(Prefix p, String rt) throws Exception {
        on(() -> {
            PathAttributes a = PathAttributes.of(Origin.of(Origin.IGP), AsPath.EMPTY, LocalPref.of(100),
                    ExtendedCommunities.routeTargets(List.of(RouteTarget.parse(rt))));
            service.router().vpnRib(AddressFamily.IPV4_VPN).update(RD_REMOTE, p, new BgpPath(remotePe, a,
                    IpAddresses.parse("10.0.12.1"), 0, LocalOrigin.NONE, 1, 0, 200));
            return null;
        });
    }

    private void reconfigure(Runnable change) throws Exception {
        on(() -> {
            change.run();
            service.reconcile();
            return null;
        });
    }

    @Test
    void exportCarriesRdRouteTargetsAndThePoolLabel() throws Exception {
        BgpPath e = vpnBest(RD_A, LOCAL);
        assertNotNull(e, "the VRF's network is in the VPN table under the VRF's RD");
        assertTrue(e.isLocal(), "a local path of the default instance: iBGP peers get it with next hop self");
        assertEquals(LocalOrigin.IMPORTED, e.localOrigin());
        assertEquals(VpnLabels.LOCAL_BASE, e.label(), "the first label of the pool");
        assertEquals(List.of(RouteTarget.parse("10:100")), e.attributes().extendedCommunities().routeTargets());
        assertEquals("CUSTA", on(() -> service.exportingVrf(e.source())));
        assertNull(vpnBest(RouteDistinguisher.parse("1:101"), LOCAL));

        reconfigure(() -> policy().export().rd(RouteDistinguisher.parse("1:101")));
        assertNull(vpnBest(RD_A, LOCAL), "a new RD withdraws the routes under the old one");
        assertNotNull(vpnBest(RouteDistinguisher.parse("1:101"), LOCAL));

        reconfigure(() -> {
            policy().export().labelAuto(false);
            policy().export().label(1234L);
        });
        assertEquals(1234, vpnBest(RouteDistinguisher.parse("1:101"), LOCAL).label(), "`label vpn export 1234`");
        assertEquals(0, (int) on(() -> service.labels().inUse()), "the pool label went back");

        reconfigure(() -> policy().exportToVpn(false));
        assertNull(vpnBest(RouteDistinguisher.parse("1:101"), LOCAL), "`no export vpn` withdraws");
        reconfigure(() -> policy().exportToVpn(true));
        reconfigure(() -> policy().export().routeTargets(null));
        assertNull(vpnBest(RouteDistinguisher.parse("1:101"), LOCAL), "no export route targets: not active");
    }

    @Test
    void importMatchesRouteTargetsAndKeepsNexthopAndLabel() throws Exception {
        remoteRoute(REMOTE, "10:100");
        remoteRoute(Prefix.parse("10.89.0.0/24"), "10:999");
        BgpPath i = vrfBest(REMOTE);
        assertNotNull(i, "RT 10:100 matches the VRF's import list");
        assertArrayEquals(IpAddresses.parse("10.0.12.1"), i.nextHop(), "the remote PE, in the default VRF");
        assertEquals(200, i.label());
        assertEquals(LocalOrigin.IMPORTED, i.localOrigin());
        assertFalse(i.source().isIbgp(), "as FRR's leaked paths: from the VRF itself, not an iBGP peer");
        assertNull(vrfBest(Prefix.parse("10.89.0.0/24")), "RT 10:999 does not match");
        assertNull(vpnBest(RD_A, REMOTE), "an imported route is never exported again");

        Route r = BgpService.route("CUSTA", REMOTE, i).setId(1).build();
        assertEquals("default", r.getNexthops(0).getVrf(), "the gateway resolves in the default VRF");
        assertEquals(List.of(200), r.getNexthops(0).getLabelsList());
        assertTrue(r.getAllowRecursion());
        assertEquals(BgpService.EBGP_DISTANCE, r.getDistance(), "FRR installs leaked routes at distance 20");

        reconfigure(() -> policy().importRouteTargets(List.of(RouteTarget.parse("10:999"))));
        assertNull(vrfBest(REMOTE), "a route-target change re-evaluates the imports");
        assertNotNull(vrfBest(Prefix.parse("10.89.0.0/24")));

        reconfigure(() -> policy().importFromVpn(false));
        assertNull(vrfBest(Prefix.parse("10.89.0.0/24")), "`no import vpn` takes the imports out");
        reconfigure(() -> policy().importFromVpn(true));
        assertNotNull(vrfBest(Prefix.parse("10.89.0.0/24")));

        on(() -> {
            service.router().vpnRib(AddressFamily.IPV4_VPN).withdraw(RD_REMOTE, Prefix.parse("10.89.0.0/24"),
                    remotePe);
            return null;
        });
        assertNull(vrfBest(Prefix.parse("10.89.0.0/24")), "a VPN withdrawal leaves the VRF");
        assertNotNull(vrfBest(LOCAL), "the VRF's own route stays");
    }

    @Test
    void ownExportsAreNotImportedBack() throws Exception {
        assertNotNull(vpnBest(RD_A, LOCAL));
        BgpPath own = vrfBest(LOCAL);
        assertEquals(LocalOrigin.NETWORK, own.localOrigin(), "the VRF keeps its own network path only");
        assertEquals(1, (int) on(() -> service.vrfRouter("CUSTA").rib(AddressFamily.IPV4_UNICAST).get(LOCAL)
                .paths().size()));
    }
    /** A VRF instance with router-id {@code id} and one `network`. */
    private BgpInstance vrfWithNetwork(String name, String id, String network) {
        BgpInstance v = new BgpInstance(65000, BgpInstanceType.VRF, name, BgpDefaults.of("traditional"));
        v.routerId(id);
        v.importCheck(false);
        v.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse(network), null));
        return v;
    }

    private BgpPath best(String vrf, Prefix p) throws Exception {
        return on(() -> {
            Destination d = service.vrfRouter(vrf).rib(AddressFamily.IPV4_UNICAST).get(p);
            return d == null ? null : d.best();
        });
    }

    /** `import vrf CUSTX` in CUSTY, as the northbound ties them (VrfLeaking.start / stop). */
    private void importVrf(BgpInstance to, BgpInstance from, boolean on) throws Exception {
        reconfigure(() -> {
            if (on) {
                to.family(BgpAddressFamily.IPV4_UNICAST).vpn().addImportVrf(from.vrfName());
                from.family(BgpAddressFamily.IPV4_UNICAST).vpn().addExportVrf(to.vrfName());
            } else {
                to.family(BgpAddressFamily.IPV4_UNICAST).vpn().removeImportVrf(from.vrfName());
                from.family(BgpAddressFamily.IPV4_UNICAST).vpn().removeExportVrf(to.vrfName());
            }
        });
    }

    @Test
    void importVrfLeaksThroughTheVpnTableWithTheNexthopInTheSourceVrf() throws Exception {
        BgpInstance x = vrfWithNetwork("CUSTX", "10.0.0.21", "10.55.0.0/24");
        BgpInstance y = vrfWithNetwork("CUSTY", "10.0.0.22", "10.44.0.0/24");
        Prefix xs = Prefix.parse("10.55.0.0/24");
        Prefix ys = Prefix.parse("10.44.0.0/24");
        reconfigure(() -> {
            config.add(x);
            config.add(y);
        });
        assertNotNull(best("CUSTX", xs));
        assertNull(best("CUSTY", xs), "nothing leaks before `import vrf`");

        importVrf(y, x, true);
        BgpPath leaked = best("CUSTY", xs);
        assertNotNull(leaked, "CUSTX's route is in CUSTY and selected (its next hop resolves in CUSTX)");
        assertEquals("CUSTX", leaked.nexthopVrf());
        assertEquals(LocalOrigin.IMPORTED, leaked.localOrigin());
        assertFalse(leaked.hasLabel(), "forwarded by IP in CUSTX: no label");
        assertFalse(leaked.isLocal(), "installed in zebra like any leaked route");
        assertNull(best("CUSTX", ys), "one way only");

        List<RouteDistinguisher> rds = on(() -> service.router().vpnRib(AddressFamily.IPV4_VPN).rds());
        RouteDistinguisher auto = on(() -> rds.stream().filter(rd -> vpnBestOrNull(rd, xs) != null).findFirst()
                .orElseThrow());
        assertTrue(RouteDistinguishers.format(auto).startsWith("10.0.0.21:"), "FRR's derived RD router-id:index");
        BgpPath vpn = vpnBest(auto, xs);
        assertEquals(List.of(RouteTarget.parse(RouteDistinguishers.format(auto))),
                vpn.attributes().extendedCommunities().routeTargets(), "the RD, as a route target");
        assertFalse(vpn.hasLabel());
        assertFalse(VpnLeaking.offBox(vpn), "VRF-to-VRF routes never go to VPN peers");

        Route r = BgpService.route("CUSTY", xs, leaked).setId(1).build();
        assertEquals("CUSTX", r.getNexthops(0).getVrf(), "zebra: nexthop-vrf CUSTX");
        assertEquals(List.of(), r.getNexthops(0).getLabelsList());

        reconfigure(() -> x.family(BgpAddressFamily.IPV4_UNICAST).removeNetwork(IpPrefix.parse("10.55.0.0/24")));
        assertNull(best("CUSTY", xs), "withdrawn with its source");
        reconfigure(() -> x.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(
                new BgpNetwork(IpPrefix.parse("10.55.0.0/24"), null)));
        assertNotNull(best("CUSTY", xs));

        importVrf(y, x, false);
        assertNull(best("CUSTY", xs), "`no import vrf CUSTX` takes it out");
        assertNull(vpnBest(auto, xs), "and CUSTX stops exporting");
        assertNotNull(best("CUSTY", ys), "CUSTY's own route stays");
    }

    private BgpPath vpnBestOrNull(RouteDistinguisher rd, Prefix p) {
        Destination d = service.router().vpnRib(AddressFamily.IPV4_VPN).get(rd, p);
        return d == null ? null : d.best();
    }
}
