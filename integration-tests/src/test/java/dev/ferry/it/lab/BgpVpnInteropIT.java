package dev.ferry.it.lab;

import static dev.ferry.it.lab.BgpLabs.CONVERGE;
import static dev.ferry.it.lab.BgpLabs.awaitOutput;
import static dev.ferry.it.lab.BgpLabs.start;
import static dev.ferry.it.lab.OspfLabs.configure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ferry's L3VPN control plane against real FRR 8.4, two PEs of AS 65000 over iBGP with only `address-family ipv4
 * vpn` activated. This kernel has no VRF and no MPLS, so the lab checks the control plane: Ferry's VRF instance
 * CUSTA exports its `network 10.77.0.0/24` with RD 1:100, RT 10:100 and a label from zebra's label manager, and
 * FRR's VPN table shows exactly that; FRR originates static VPN routes (`network ... rd 1:200 label N
 * route-map`) with RT 10:100 and RT 10:999, and Ferry's VRF imports only the first. `no import vpn` and `no
 * export vpn` take the routes back out on both sides.
 */
class BgpVpnInteropIT {

    private static final String FRR_PE = """
            route-map RT-CUSTA permit 10
             set extcommunity rt 10:100
            exit
            !
            route-map RT-OTHER permit 10
             set extcommunity rt 10:999
            exit
            !
            router bgp 65000
             bgp router-id 10.0.0.1
             no bgp default ipv4-unicast
             neighbor 10.0.12.2 remote-as 65000
             neighbor 10.0.12.2 timers connect 5
             !
             address-family ipv4 vpn
              network 10.88.0.0/24 rd 1:200 label 200 route-map RT-CUSTA
              network 10.89.0.0/24 rd 1:200 label 201 route-map RT-OTHER
              neighbor 10.0.12.2 activate
             exit-address-family
            exit
            !
            """;

    private static final String FERRY_PE = """
            vrf CUSTA
            exit-vrf
            !
            vrf CUSTB
            exit-vrf
            !
            vrf CUSTC
            exit-vrf
            !
            router bgp 65000
             bgp router-id 10.0.0.2
             no bgp default ipv4-unicast
             neighbor 10.0.12.1 remote-as 65000
             !
             address-family ipv4 vpn
              neighbor 10.0.12.1 activate
             exit-address-family
            exit
            !
            router bgp 65000 vrf CUSTA
             no bgp network import-check
             !
             address-family ipv4 unicast
              network 10.77.0.0/24
              label vpn export auto
              rd vpn export 1:100
              rt vpn both 10:100
              export vpn
              import vpn
             exit-address-family
            exit
            !
            router bgp 65000 vrf CUSTC
             no bgp network import-check
             !
             address-family ipv4 unicast
              network 10.66.0.0/24
             exit-address-family
            exit
            !
            """;

    private static String router(String kind, String name, String addresses, String config) {
        return """
                %s:
                  kind: %s
                  daemons: [bgpd]
                  interfaces:
                %s
                  config: |
                    frr defaults traditional
                    hostname %s
                    !
                %s
                """.formatted(name, kind, addresses.indent(4).stripTrailing(), name,
                config.indent(4).stripTrailing());
    }

    /** FRR's PE F1 (10.0.0.1) and Ferry's PE Y2 (10.0.0.2) on one link, 10.0.12.0/24. */
    private static String pePair(String name, String frrConfig, String ferryConfig) {
        return "name: " + name + "\ntopology:\n  nodes:\n"
                + router("frr", "F1", "lo: [10.0.0.1/32]\neth0: [10.0.12.1/24]", frrConfig).indent(4)
                + router("ferry", "Y2", "lo: [10.0.0.2/32]\neth0: [10.0.12.2/24]", ferryConfig).indent(4)
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
    }

    @Test
    void vpnRoutesBetweenFerryVrfAndFrr() throws Exception {
        try (RunningLab lab = start(pePair("bgpvpn", FRR_PE, FERRY_PE))) {
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"10.0.12.2\":{\"state\":\"Established\"}}}}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Established\",\"pfxRcd\":2}}}}",
                    CONVERGE);

            // export: Ferry's VRF route in Ferry's VPN table, with the label zebra's label manager gave
            LabAssertions.eventually(lab, "Y2", "show bgp ipv4 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:100\":{\"10.77.0.0/24\":[{\"valid\":true,"
                            + "\"bestpath\":true,\"nhVrfName\":\"CUSTA\"}]}}}}", CONVERGE);
            int label = ferryLabel(lab);
            assertTrue(label >= 16 && label <= 1048575, "a label from the dynamic range: " + label);
            // ... and in FRR's, from Ferry, with that label and RT 10:100
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:100\":{\"10.77.0.0/24\":[{\"valid\":true,"
                            + "\"bestpath\":true,\"pathFrom\":\"internal\",\"peerId\":\"10.0.12.2\","
                            + "\"nexthops\":[{\"ip\":\"10.0.12.2\"}]}]}}}}", CONVERGE);
            awaitOutput(lab, "F1", "show bgp ipv4 vpn 10.77.0.0/24", "Remote label: " + label);
            awaitOutput(lab, "F1", "show bgp ipv4 vpn 10.77.0.0/24", "Extended Community: RT:10:100");

            // import: FRR's route with RT 10:100 lands in CUSTA, the one with RT 10:999 does not
            LabAssertions.eventually(lab, "Y2", "show bgp ipv4 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:200\":{"
                            + "\"10.88.0.0/24\":[{\"valid\":true,\"peerId\":\"10.0.12.1\",\"remoteLabel\":200}],"
                            + "\"10.89.0.0/24\":[{\"valid\":true,\"remoteLabel\":201}]}}}}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show ip bgp vrf CUSTA json",
                    "{\"vrfName\":\"CUSTA\",\"routes\":{"
                            + "\"10.77.0.0/24\":[{\"valid\":true,\"bestpath\":true}],"
                            + "\"10.88.0.0/24\":[{\"valid\":true,\"bestpath\":true,\"pathFrom\":\"external\","
                            + "\"nhVrfName\":\"default\",\"nexthops\":[{\"ip\":\"10.0.12.1\"}]}],"
                            + "\"10.89.0.0/24\":null}}", CONVERGE);
            String text = lab.vtysh("Y2", "show ip bgp vrf CUSTA");
            assertTrue(text.contains("10.0.12.1@0<"), "the imported next hop is in the default VRF:\n" + text);
            String vpn = lab.vtysh("Y2", "show bgp ipv4 vpn");
            assertTrue(vpn.contains("Route Distinguisher: 1:100") && vpn.contains("Route Distinguisher: 1:200")
                    && vpn.contains("EC{10:100} label=" + label), "Ferry's VPN table:\n" + vpn);

            // a route target change re-evaluates the import
            configure(lab, "Y2", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast",
                    "rt vpn import 10:999");
            LabAssertions.eventually(lab, "Y2", "show ip bgp vrf CUSTA json",
                    "{\"routes\":{\"10.89.0.0/24\":[{\"valid\":true}]}}", CONVERGE);
            configure(lab, "Y2", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast",
                    "no rt vpn import 10:999");

            // no import vpn: the imported routes leave the VRF
            configure(lab, "Y2", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "no import vpn");
            LabAssertions.eventually(lab, "Y2", "show ip bgp vrf CUSTA json",
                    "{\"routes\":{\"10.77.0.0/24\":[{\"valid\":true}],\"10.88.0.0/24\":null,"
                            + "\"10.89.0.0/24\":null}}", CONVERGE);

            // no export vpn: FRR loses Ferry's route
            configure(lab, "Y2", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "no export vpn");
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:100\":{\"10.77.0.0/24\":null},"
                            + "\"1:200\":{\"10.88.0.0/24\":[{}]}}}}",
                    CONVERGE);
            configure(lab, "Y2", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "export vpn");
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:100\":{\"10.77.0.0/24\":[{\"valid\":true}]}}}}",
                    CONVERGE);
            assertEquals(label, ferryLabel(lab), "the VRF keeps its label");

            // one VPN route in detail, as FRR prints it
            String detail = lab.vtysh("Y2", "show bgp ipv4 vpn rd 1:100 10.77.0.0/24");
            assertTrue(detail.startsWith("BGP routing table entry for 1:100:10.77.0.0/24, version ")
                    && detail.contains("\nnot allocated\n") && detail.contains(" from 0.0.0.0 (10.0.0.2) vrf ")
                    && detail.contains("      Extended Community: RT:10:100\n")
                    && detail.contains("      Remote label: " + label + "\n"), detail);

            // VRF to VRF: CUSTB imports CUSTC's route, with its next hop in CUSTC; FRR never gets it
            configure(lab, "Y2", "router bgp 65000 vrf CUSTB", "address-family ipv4 unicast", "import vrf CUSTC");
            LabAssertions.eventually(lab, "Y2", "show ip bgp vrf CUSTB json",
                    "{\"vrfName\":\"CUSTB\",\"routes\":{\"10.66.0.0/24\":[{\"valid\":true,\"bestpath\":true,"
                            + "\"nhVrfName\":\"CUSTC\"}]}}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"10.0.12.1\":{\"pfxSnt\":1}}}}", CONVERGE);
            assertFalse(lab.vtysh("F1", "show bgp ipv4 vpn").contains("10.66.0.0/24"), "stays on Ferry's PE");
            configure(lab, "Y2", "router bgp 65000 vrf CUSTB", "address-family ipv4 unicast",
                    "no import vrf CUSTC");
            LabAssertions.eventually(lab, "Y2", "show ip bgp vrf CUSTB json",
                    "{\"vrfName\":\"CUSTB\",\"routes\":{\"10.66.0.0/24\":null}}", CONVERGE);
        }
    }

    private static final String FRR_PE6 = """
            route-map RT-CUSTA permit 10
             set extcommunity rt 10:100
            exit
            !
            router bgp 65000
             bgp router-id 10.0.0.1
             no bgp default ipv4-unicast
             neighbor 10.0.12.2 remote-as 65000
             neighbor 10.0.12.2 timers connect 5
             !
             address-family ipv6 vpn
              network 2001:db8:88::/64 rd 1:200 label 300 route-map RT-CUSTA
              neighbor 10.0.12.2 activate
             exit-address-family
            exit
            !
            """;

    private static final String FERRY_PE6 = """
            vrf CUSTA
            exit-vrf
            !
            router bgp 65000
             bgp router-id 10.0.0.2
             no bgp default ipv4-unicast
             neighbor 10.0.12.1 remote-as 65000
             !
             address-family ipv6 vpn
              neighbor 10.0.12.1 activate
             exit-address-family
            exit
            !
            router bgp 65000 vrf CUSTA
             no bgp network import-check
             !
             address-family ipv6 unicast
              network 2001:db8:77::/64
              label vpn export auto
              rd vpn export 1:100
              rt vpn both 10:100
              export vpn
              import vpn
             exit-address-family
            exit
            !
            """;

    /** VPNv6 over the IPv4 session both ways: Ferry's VRF exports an IPv6 route, and imports FRR's. */
    @Test
    void vpnv6RoutesBetweenFerryVrfAndFrr() throws Exception {
        try (RunningLab lab = start(pePair("bgpvpn6", FRR_PE6, FERRY_PE6))) {
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv6Vpn\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Established\",\"pfxRcd\":1}}}}",
                    CONVERGE);
            LabAssertions.eventually(lab, "F1", "show bgp ipv6 vpn json",
                    "{\"routes\":{\"routeDistinguishers\":{\"1:100\":{\"2001:db8:77::/64\":[{\"valid\":true,"
                            + "\"bestpath\":true,\"pathFrom\":\"internal\",\"peerId\":\"10.0.12.2\"}]}}}}",
                    CONVERGE);
            awaitOutput(lab, "F1", "show bgp ipv6 vpn 2001:db8:77::/64", "Extended Community: RT:10:100");
            LabAssertions.eventually(lab, "Y2", "show bgp vrf CUSTA ipv6 unicast json",
                    "{\"vrfName\":\"CUSTA\",\"routes\":{"
                            + "\"2001:db8:77::/64\":[{\"valid\":true,\"bestpath\":true}],"
                            + "\"2001:db8:88::/64\":[{\"valid\":true,\"bestpath\":true,\"nhVrfName\":\"default\"}]}}",
                    CONVERGE);
        }
    }

    /** The label of Ferry's exported route, from Ferry's own VPN table. */
    @SuppressWarnings("unchecked")
    private static int ferryLabel(RunningLab lab) {
        Object json = Json.parse(lab.vtysh("Y2", "show bgp ipv4 vpn json"));
        Map<String, Object> routes = (Map<String, Object>) ((Map<String, Object>) json).get("routes");
        Map<String, Object> rds = (Map<String, Object>) routes.get("routeDistinguishers");
        Map<String, Object> rd = (Map<String, Object>) rds.get("1:100");
        List<Object> paths = (List<Object>) rd.get("10.77.0.0/24");
        return ((Number) ((Map<String, Object>) paths.get(0)).get("remoteLabel")).intValue();
    }
}
