package dev.ferry.bgpd.northbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpRedistribution;
import dev.ferry.bgpd.config.BgpRouteSource;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The L3VPN show output against FRR 8.4's, recorded on PE1 of the seed tutorial with namespace VRFs
 * (frr-reference/out/nsvrf/PE1): the same two VRFs (CUSTA: RD 1:100, RT 10:100; CUSTB: RD 2:100, RT 20:100,
 * `redistribute static`, `label vpn export auto`) fed the same way zebra would (VRF devices, router-ids,
 * redistributed statics), and PE2's routes in the VPN table.
 */
class BgpVpnShowTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 17) % 20000);
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final BgpConfig config = new BgpConfig();
    private BgpService service;

    private static BgpInstance vrf(String name, String rd, String rt) {
        BgpInstance v = new BgpInstance(65000, BgpInstanceType.VRF, name, BgpDefaults.of("traditional"));
        v.family(BgpAddressFamily.IPV4_UNICAST).redistribute(BgpRouteSource.STATIC, new BgpRedistribution(null, null));
        VpnPolicy p = v.family(BgpAddressFamily.IPV4_UNICAST).vpn();
        p.export().labelAuto(true);
        p.export().rd(RouteDistinguisher.parse(rd));
        p.export().routeTargets(List.of(RouteTarget.parse(rt)));
        p.importRouteTargets(List.of(RouteTarget.parse(rt)));
        p.exportToVpn(true);
        p.importFromVpn(true);
        return v;
    }

    @BeforeEach
    void start() throws Exception {
        BgpInstance def = new BgpInstance(65000, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        def.routerId("1.1.1.1");
        config.add(def);
        config.add(vrf("CUSTA", "1:100", "10:100"));
        config.add(vrf("CUSTB", "2:100", "20:100"));
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName("127.0.0.6")), () -> "PE1",
                    f -> false);
            service.start(null);
            vrfDevice("CUSTA", 2, "172.16.1.254");
            vrfDevice("CUSTB", 1, "172.16.3.254");
            redistributedStatic("CUSTA", "192.168.1.0/24", "172.16.1.2");
            redistributedStatic("CUSTB", "192.168.3.0/24", "172.16.3.2");
            remote("1:100", "192.168.2.0/24", "10:100", 80);
            remote("2:100", "192.168.4.0/24", "20:100", 81);
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

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private void vrfDevice(String name, int ifindex, String routerId) {
        service.onVrf(VrfUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_PRESENT).setName(name)
                .setIfindex(ifindex).setTableId(1000 + ifindex).setActive(true).build());
        service.onRouterId(RouterIdUpdate.newBuilder().setVrf(name)
                .setRouterId(ByteString.copyFrom(IpAddresses.parse(routerId))).build());
    }

    private void redistributedStatic(String vrf, String prefix, String gateway) {
        dev.ferry.lib.net.IpPrefix p = dev.ferry.lib.net.IpPrefix.parse(prefix);
        service.onRedistributedRoutes(RedistributedRouteBatch.newBuilder().setVrf(vrf).setAfi(Afi.AFI_IPV4)
                .addRoutes(RedistributedRoute.newBuilder().setOp(Op.OP_ADD).setType(RouteType.ROUTE_TYPE_STATIC)
                        .setPrefix(IpPrefixes.of(p.address(), p.length())).setDistance(1)
                        .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(
                                IpAddresses.parse(gateway))))).build());
    }

    private void remote(String rd, String prefix, String rt, int label) {
        PathSource pe2 = new PathSource(PathSource.Kind.IBGP, IpAddresses.parse("2.2.2.2"), 0x02020202, 65000);
        PathAttributes a = PathAttributes.of(Origin.of(Origin.INCOMPLETE), AsPath.EMPTY, MultiExitDisc.of(0),
                LocalPref.of(100), ExtendedCommunities.routeTargets(List.of(RouteTarget.parse(rt))));
        service.router().vpnRib(AddressFamily.IPV4_VPN).update(RouteDistinguisher.parse(rd), Prefix.parse(prefix),
                new BgpPath(pe2, a, IpAddresses.parse("2.2.2.2"), 0, LocalOrigin.NONE, 1, 0, label));
    }

    private static String reference(String file) throws IOException {
        try (InputStream in = BgpVpnShowTest.class.getResourceAsStream("/frr-reference/out/nsvrf/PE1/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The output without its first line (the table version, which FRR counts differently). */
    private static String afterFirstLine(String s) {
        return s.substring(s.indexOf('\n') + 1);
    }

    @Test
    void vpnTableAsFrr() throws Exception {
        String ours = on(() -> BgpVpnShow.vpnText(service, service.router(), AddressFamily.IPV4_VPN, null));
        assertEquals(afterFirstLine(reference("show_bgp_ipv4_vpn.txt")), afterFirstLine(ours));
        assertTrue(ours.startsWith("BGP table version is "), ours);
    }

    @Test
    void labelPoolAsFrr() throws Exception {
        assertEquals(reference("show_bgp_labelpool_summary.txt"),
                on(() -> BgpVpnShow.labelPool(service, false)));
    }

    @Test
    void vrfsAsFrrExceptPeerCounts() throws Exception {
        String ours = on(() -> BgpVpnShow.vrfs(service, false));
        // FRR's PE1 had its iBGP session up; here the default instance has no neighbor
        String ref = reference("show_bgp_vrfs.txt").replace("1.1.1.1           1          1  ",
                "1.1.1.1           0          0  ");
        assertEquals(ref, ours);
    }

    @Test
    void vrfTableMarksImportedNexthops() throws Exception {
        String ours = on(() -> BgpVpnShow.vrfTable(service, service.vrfRouter("CUSTA"),
                AddressFamily.IPV4_UNICAST, false));
        String ref = reference("show_ip_bgp_vrf_CUSTA.txt");
        // FRR's line of the imported route is not valid there: its PE had no labelled route yet
        String valid = ref.replace("   192.168.2.0/24   2.2.2.2@0<", "*> 192.168.2.0/24   2.2.2.2@0<");
        assertEquals(afterFirstLine(valid), afterFirstLine(ours));
        assertTrue(ours.startsWith("BGP table version is "), ours);
        assertTrue(ours.contains("local router ID is 172.16.1.254, vrf id 2\n"), ours);
    }
    /** FRR's detail view with the table version and the time of the last update masked. */
    private static String masked(String s) {
        return s.replaceAll(", version \\d+\n", ", version N\n").replaceAll("Last update: .*\n", "Last update: T\n");
    }

    /** JSON without the pretty printer's line breaks and indentation. */
    private static String compact(String json) {
        return json.replaceAll("\\s*\n\\s*", "");
    }

    private static final IpPrefix REMOTE_A = IpPrefix.parse("192.168.2.0/24");

    @Test
    void vpnPrefixDetailAsFrr() throws Exception {
        String ours = on(() -> BgpVpnShow.vpnRouteText(service, service.router(), AddressFamily.IPV4_VPN, null,
                REMOTE_A, true));
        assertEquals(masked(reference("show_bgp_ipv4_vpn_192.168.2.0~24.txt")), masked(ours));
        assertTrue(ours.startsWith("BGP routing table entry for 1:100:192.168.2.0/24, version "), ours);
    }

    @Test
    void exportedPrefixDetailNamesTheVrfOfItsNexthop() throws Exception {
        String ours = on(() -> BgpVpnShow.vpnRouteText(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("1:100"), IpPrefix.parse("192.168.1.0/24"), false));
        assertEquals("""
                BGP routing table entry for 1:100:192.168.1.0/24, version N
                not allocated
                Paths: (1 available, best #1)
                  Not advertised to any peer
                  Local
                    172.16.1.2 from 0.0.0.0 (1.1.1.1) vrf CUSTA(2) announce-nh-self
                      Origin incomplete, metric 0, weight 32768, valid, sourced, local, best (First path received)
                      Extended Community: RT:10:100
                      Remote label: 80
                      Last update: T
                """, masked(ours));
    }

    @Test
    void prefixLookupAcrossRdsByAddressAndLongestMatch() throws Exception {
        String byAddress = on(() -> BgpVpnShow.vpnRouteText(service, service.router(), AddressFamily.IPV4_VPN, null,
                IpPrefix.parse("192.168.4.77/32"), false));
        assertTrue(byAddress.startsWith("BGP routing table entry for 2:100:192.168.4.0/24, version "), byAddress);
        assertTrue(byAddress.contains("      Remote label: 81\n"), byAddress);
        assertEquals("% Network not in table\n", on(() -> BgpVpnShow.vpnRouteText(service, service.router(),
                AddressFamily.IPV4_VPN, null, IpPrefix.parse("192.168.4.0/25"), true)), "a prefix alone matches exactly");
        assertTrue(on(() -> BgpVpnShow.vpnRouteText(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("2:100"), IpPrefix.parse("192.168.4.0/25"), false))
                .contains("2:100:192.168.4.0/24"), "with an RD, the longest match");
        assertEquals("% Network not in table\n", on(() -> BgpVpnShow.vpnRouteText(service, service.router(),
                AddressFamily.IPV4_VPN, RouteDistinguisher.parse("1:100"), IpPrefix.parse("192.168.4.0/24"), false)),
                "the prefix is under another RD");
    }

    @Test
    void prefixDetailJsonPerRd() throws Exception {
        String json = compact(on(() -> BgpVpnShow.vpnRouteJson(service, service.router(), AddressFamily.IPV4_VPN,
                null, REMOTE_A, true)));
        assertTrue(json.startsWith("{\"1:100\":{\"prefix\":\"192.168.2.0/24\",\"version\":"), json);
        assertTrue(json.contains("\"origin\":\"incomplete\",\"metric\":0,\"locPrf\":100,\"valid\":true,"
                + "\"bestpath\":{\"overall\":true,\"selectionReason\":\"First path received\"},"
                + "\"extendedCommunity\":{\"string\":\"RT:10:100\"},\"remoteLabel\":80,"), json);
        assertTrue(json.contains("\"peer\":{\"peerId\":\"2.2.2.2\",\"routerId\":\"2.2.2.2\",\"type\":\"internal\"}"),
                json);
        assertEquals("{}", compact(on(() -> BgpVpnShow.vpnRouteJson(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("2:100"), REMOTE_A, false))));
    }

    @Test
    void tableOfOneRd() throws Exception {
        String ours = on(() -> BgpVpnShow.vpnText(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("2:100")));
        assertFalse(ours.contains("Route Distinguisher: 1:100"), ours);
        assertTrue(ours.contains("Route Distinguisher: 2:100\n*> 192.168.3.0/24"), ours);
        assertTrue(ours.endsWith("\nDisplayed  2 routes and 2 total paths\n"), ours);
        assertEquals("No BGP prefixes displayed, 0 exist\n", on(() -> BgpVpnShow.vpnText(service, service.router(),
                AddressFamily.IPV4_VPN, RouteDistinguisher.parse("9:9"))));
        String json = compact(on(() -> BgpVpnShow.vpnJson(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("1:100"))));
        assertTrue(json.contains("\"routeDistinguishers\":{\"1:100\":{"), json);
        assertFalse(json.contains("2:100"), json);
        assertEquals("", on(() -> BgpVpnShow.vpnJson(service, service.router(), AddressFamily.IPV4_VPN,
                RouteDistinguisher.parse("9:9"))), "FRR prints nothing for an RD without routes");
    }
}
