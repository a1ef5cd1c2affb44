package dev.ferry.it.lab;

import static dev.ferry.it.lab.BgpLabs.CONVERGE;
import static dev.ferry.it.lab.BgpLabs.awaitOutput;
import static dev.ferry.it.lab.BgpLabs.awaitRoute;
import static dev.ferry.it.lab.BgpLabs.start;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import org.junit.jupiter.api.Test;

/**
 * Ferry's bgpd as a route reflector and ECMP speaker between real FRR 8.4 routers (issue 9: route reflection,
 * multipath, update-source IFNAME), in one namespace lab:
 * <pre>
 *   F1 (65000, client) --eth0-- Y0 (Ferry, 65000, RR) --eth1-- F2 (65000, client, passive)
 *                               |  eth2     eth3 |
 *                               +---- E3 (65003) +
 * </pre>
 * F1's route reaches F2 through Ferry with ORIGINATOR_ID and CLUSTER_LIST as FRR shows them; Ferry's session to F2
 * runs from its loopback (`update-source lo`; F2 is passive and only knows that address). E3 announces the same
 * prefix over two eBGP sessions: Ferry's zebra and kernel get both next hops.
 */
class BgpRrIT {

    private static String router(String kind, String name, String daemons, String interfaces, String config) {
        return """
                %s:
                  kind: %s
                  daemons: [%s]
                  interfaces:
                %s
                  config: |
                    frr defaults traditional
                    hostname %s
                    !
                %s
                """.formatted(name, kind, daemons, interfaces.indent(4).stripTrailing(), name,
                config.indent(4).stripTrailing());
    }

    @Test
    void routeReflectionAndEcmpWithFrr() throws Exception {
        String y0 = """
                router bgp 65000
                 bgp router-id 10.0.0.9
                 bgp cluster-id 10.9.9.9
                 no bgp ebgp-requires-policy
                 neighbor 10.0.1.1 remote-as internal
                 neighbor 10.0.2.2 remote-as internal
                 neighbor 10.0.2.2 update-source lo
                 neighbor 10.0.3.3 remote-as 65003
                 neighbor 10.0.4.3 remote-as 65003
                 address-family ipv4 unicast
                  neighbor 10.0.1.1 route-reflector-client
                  neighbor 10.0.2.2 route-reflector-client
                 exit-address-family
                exit
                """;
        String f1 = """
                router bgp 65000
                 bgp router-id 10.0.0.1
                 neighbor 10.0.1.9 remote-as internal
                 neighbor 10.0.1.9 timers connect 5
                 address-family ipv4 unicast
                  network 10.0.0.1/32
                 exit-address-family
                exit
                """;
        String f2 = """
                ip route 10.0.0.9/32 10.0.2.9
                ip route 10.0.1.0/24 10.0.2.9
                router bgp 65000
                 bgp router-id 10.0.0.2
                 neighbor 10.0.0.9 remote-as internal
                 neighbor 10.0.0.9 passive
                exit
                """;
        String e3 = """
                router bgp 65003
                 bgp router-id 10.0.0.3
                 no bgp ebgp-requires-policy
                 neighbor 10.0.3.9 remote-as 65000
                 neighbor 10.0.3.9 timers connect 5
                 neighbor 10.0.4.9 remote-as 65000
                 neighbor 10.0.4.9 timers connect 5
                 address-family ipv4 unicast
                  network 10.99.0.0/24
                 exit-address-family
                exit
                """;
        String yaml = "name: bgprr\ntopology:\n  nodes:\n"
                + router("ferry", "Y0", "bgpd", """
                        lo: 10.0.0.9/32
                        eth0: 10.0.1.9/24
                        eth1: 10.0.2.9/24
                        eth2: 10.0.3.9/24
                        eth3: 10.0.4.9/24""", y0).indent(4)
                + router("frr", "F1", "bgpd", "lo: 10.0.0.1/32\neth0: 10.0.1.1/24", f1).indent(4)
                + router("frr", "F2", "bgpd, staticd", "lo: 10.0.0.2/32\neth0: 10.0.2.2/24", f2).indent(4)
                + router("frr", "E3", "bgpd", "lo: 10.99.0.1/24\neth0: 10.0.3.3/24\neth1: 10.0.4.3/24", e3)
                        .indent(4)
                + "  links:\n"
                + "    - endpoints: [\"F1:eth0\", \"Y0:eth0\"]\n"
                + "    - endpoints: [\"Y0:eth1\", \"F2:eth0\"]\n"
                + "    - endpoints: [\"Y0:eth2\", \"E3:eth0\"]\n"
                + "    - endpoints: [\"Y0:eth3\", \"E3:eth1\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "Y0", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.1.1\":{\"state\":\"Established\"},"
                            + "\"10.0.2.2\":{\"state\":\"Established\"},\"10.0.3.3\":{\"state\":\"Established\"},"
                            + "\"10.0.4.3\":{\"state\":\"Established\"}}}}", CONVERGE);
            // update-source lo: F2 is passive and only accepts 10.0.0.9
            LabAssertions.eventually(lab, "F2", "show bgp neighbors 10.0.0.9 json",
                    "{\"10.0.0.9\":{\"bgpState\":\"Established\",\"hostLocal\":\"10.0.2.2\","
                            + "\"hostForeign\":\"10.0.0.9\"}}", CONVERGE);
            LabAssertions.eventually(lab, "Y0", "show bgp neighbors 10.0.1.1 json",
                    "{\"10.0.1.1\":{\"addressFamilyInfo\":{\"ipv4Unicast\":{\"routeReflectorClient\":true}}}}",
                    CONVERGE);

            // reflection: client F1's route at client F2, as FRR shows it
            LabAssertions.eventually(lab, "F2", "show bgp ipv4 unicast 10.0.0.1/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"Local\"},\"originatorId\":\"10.0.0.1\","
                            + "\"clusterList\":{\"list\":[\"10.9.9.9\"]},\"nexthops\":[{\"ip\":\"10.0.1.1\"}],"
                            + "\"peer\":{\"peerId\":\"10.0.0.9\",\"routerId\":\"10.0.0.9\",\"type\":\"internal\"}}]}",
                    CONVERGE);
            String detail = awaitOutput(lab, "F2", "show bgp ipv4 unicast 10.0.0.1/32",
                    "Originator: 10.0.0.1, Cluster list: 10.9.9.9 \n");
            assertTrue(detail.contains("10.0.1.1 from 10.0.0.9 (10.0.0.1)"), detail);
            awaitRoute(lab, "F2", "10.0.0.1/32", r -> r.contains("via 10.0.2.9"),
                    "the reflected route, its next hop resolved through the static route");
            awaitOutput(lab, "Y0", "show bgp ipv4 unicast 10.0.0.1/32", "(Received from a RR-client)");
            // E3's routes reach the clients too (eBGP to iBGP, not reflected: no ORIGINATOR_ID)
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 unicast 10.99.0.0/24 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65003\"}}]}", CONVERGE);

            // ECMP: the same prefix over two eBGP sessions from AS 65003
            LabAssertions.eventually(lab, "Y0", "show bgp ipv4 unicast 10.99.0.0/24 json",
                    "{\"paths\":[{\"multipath\":true},{\"multipath\":true}]}", CONVERGE);
            awaitOutput(lab, "Y0", "show bgp ipv4 unicast", "\n*= ");
            awaitOutput(lab, "Y0", "show ip route 10.99.0.0/24", "* 10.0.4.3, via eth3");
            awaitOutput(lab, "Y0", "show ip route 10.99.0.0/24", "* 10.0.3.3, via eth2");
            awaitRoute(lab, "Y0", "10.99.0.0/24",
                    r -> r.contains("nexthop via 10.0.3.3") && r.contains("nexthop via 10.0.4.3"),
                    "a multipath kernel route");

            // maximum-paths 1: one next hop again
            OspfLabs.configure(lab, "Y0", "router bgp 65000", "address-family ipv4 unicast", "maximum-paths 1");
            awaitRoute(lab, "Y0", "10.99.0.0/24", r -> !r.contains("nexthop") && r.contains("via 10.0."),
                    "maximum-paths 1 leaves one next hop");
        }
    }
}
