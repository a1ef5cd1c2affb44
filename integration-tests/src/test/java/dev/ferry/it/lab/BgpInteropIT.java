package dev.ferry.it.lab;

import static dev.ferry.it.lab.BgpLabs.CONVERGE;
import static dev.ferry.it.lab.BgpLabs.awaitOutput;
import static dev.ferry.it.lab.BgpLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.configure;
import static dev.ferry.it.lab.BgpLabs.start;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import org.junit.jupiter.api.Test;

/**
 * Ferry's bgpd against real FRR 8.4 bgpd in a namespace lab: eBGP over one link, an IPv4 session carrying IPv4
 * unicast and an IPv6 session carrying IPv6 unicast, `network` on both sides. Both sides reach Established
 * (each side's `show bgp summary json`), each kernel gets the other's loopback prefixes, `no network` withdraws
 * a prefix from FRR's kernel, and `neighbor X shutdown` on Ferry takes FRR's routes out of Ferry's kernel; then
 * the session comes back. Needs root, FRR and a built distribution (etc/target/ferry).
 */
class BgpInteropIT {

    static String router(String kind, String name, String interfaces, String bgp) {
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
                """.formatted(name, kind, interfaces.indent(4).stripTrailing(), name, bgp.indent(4).stripTrailing());
    }

    private static String bgp(long as, String id, String peer4, String peer6, long peerAs, String net4, String net6,
            String extra) {
        return """
                router bgp %d
                 bgp router-id %s
                 no bgp ebgp-requires-policy
                 no bgp default ipv4-unicast
                 neighbor %s remote-as %d
                 neighbor %s remote-as %d
                %s !
                 address-family ipv4 unicast
                  network %s
                  neighbor %s activate
                 exit-address-family
                 !
                 address-family ipv6 unicast
                  network %s
                  neighbor %s activate
                 exit-address-family
                exit
                !
                """.formatted(as, id, peer4, peerAs, peer6, peerAs, extra, net4, peer4, net6, peer6);
    }

    static String nodes(String... routers) {
        StringBuilder sb = new StringBuilder("name: bgp\ntopology:\n  nodes:\n");
        for (String r : routers) {
            sb.append(r.indent(4));
        }
        return sb.toString();
    }

    @Test
    void ebgpIpv4AndIpv6UnicastWithFrr() throws Exception {
        String yaml = nodes(
                router("frr", "F1", """
                        lo: [10.0.0.1/32, "2001:db8::1/128"]
                        eth0: [10.0.12.1/24, "2001:db8:12::1/64"]""",
                        bgp(65001, "10.0.0.1", "10.0.12.2", "2001:db8:12::2", 65002, "10.0.0.1/32",
                                "2001:db8::1/128", " neighbor 10.0.12.2 timers connect 5\n"
                                        + " neighbor 2001:db8:12::2 timers connect 5\n")),
                router("ferry", "Y2", """
                        lo: [10.0.0.2/32, "2001:db8::2/128"]
                        eth0: [10.0.12.2/24, "2001:db8:12::2/64"]""",
                        bgp(65002, "10.0.0.2", "10.0.12.1", "2001:db8:12::1", 65001, "10.0.0.2/32",
                                "2001:db8::2/128", "")))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.2\":{\"state\":\"Established\",\"remoteAs\":65002}}},"
                            + "\"ipv6Unicast\":{\"peers\":{\"2001:db8:12::2\":{\"state\":\"Established\"}}}}",
                    CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Established\",\"hostname\":\"F1\"}}},"
                            + "\"ipv6Unicast\":{\"peers\":{\"2001:db8:12::1\":{\"state\":\"Established\"}}}}",
                    CONVERGE);

            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("via 10.0.12.1"), "FRR's IPv4 network over eBGP");
            awaitRoute(lab, "F1", "10.0.0.2/32", r -> r.contains("via 10.0.12.2"), "Ferry's IPv4 network over eBGP");
            awaitRoute(lab, "Y2", "2001:db8::1/128", r -> r.contains("via"), "FRR's IPv6 network over eBGP");
            awaitRoute(lab, "F1", "2001:db8::2/128", r -> r.contains("via"), "Ferry's IPv6 network over eBGP");
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 unicast 10.0.0.2/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65002\"},\"nexthops\":[{\"ip\":\"10.0.12.2\"}]}]}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp ipv4 unicast 10.0.0.1/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65001\"},\"bestpath\":{\"overall\":true}}]}", CONVERGE);

            // soft in: a ROUTE-REFRESH to FRR, whose session stays up
            lab.vtysh("Y2", "clear bgp 10.0.12.1 soft in");
            LabAssertions.eventually(lab, "F1", "show bgp neighbors 10.0.12.2 json",
                    "{\"10.0.12.2\":{\"bgpState\":\"Established\",\"messageStats\":{\"routeRefreshRecv\":1},"
                            + "\"connectionsEstablished\":1}}", CONVERGE);

            configure(lab, "Y2", "router bgp 65002", "address-family ipv4 unicast", "no network 10.0.0.2/32");
            awaitRoute(lab, "F1", "10.0.0.2/32", String::isBlank, "Ferry's `no network` withdraws the route");
            configure(lab, "Y2", "router bgp 65002", "address-family ipv4 unicast", "network 10.0.0.2/32");
            awaitRoute(lab, "F1", "10.0.0.2/32", r -> r.contains("via 10.0.12.2"), "`network` again");

            configure(lab, "Y2", "router bgp 65002", "neighbor 10.0.12.1 shutdown");
            awaitRoute(lab, "Y2", "10.0.0.1/32", String::isBlank, "shutdown takes FRR's routes out of the kernel");
            // a Hard Reset (RFC 8538): FRR, a graceful-restart helper, does not keep our routes as stale
            awaitRoute(lab, "F1", "10.0.0.2/32", String::isBlank, "shutdown takes Ferry's routes out of FRR's kernel");
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.2\":{\"connectionsDropped\":1}}},"
                            + "\"ipv6Unicast\":{\"peers\":{\"2001:db8:12::2\":{\"state\":\"Established\"}}}}",
                    CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Idle\",\"peerState\":\"Admin\"}}}}",
                    CONVERGE);
            configure(lab, "Y2", "router bgp 65002", "no neighbor 10.0.12.1 shutdown");
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("via 10.0.12.1"), "the session is back");
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.2\":{\"state\":\"Established\","
                            + "\"connectionsEstablished\":2}}}}", CONVERGE);
            // a hard clear: Cease/Administrative Reset, and the session comes back by itself
            lab.vtysh("Y2", "clear bgp 10.0.12.1");
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.2\":{\"state\":\"Established\","
                            + "\"connectionsEstablished\":3}}}}", CONVERGE);
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("via 10.0.12.1"), "routes back after the clear");
        }
    }

    /**
     * FRR (AS 65001) -- eBGP -- Ferry (AS 65002) -- iBGP, TCP-MD5 signed -- FRR (AS 65002): Ferry passes FRR's
     * eBGP route to its iBGP peer with `next-hop-self`, the iBGP peer's route to the eBGP peer with its AS prepended, and
     * redistributes its connected routes (origin incomplete) to both.
     */
    @Test
    void ebgpToIbgpTransitWithNextHopSelfAndRedistributeConnected() throws Exception {
        String f1 = """
                router bgp 65001
                 bgp router-id 10.0.0.1
                 no bgp ebgp-requires-policy
                 neighbor 10.0.12.2 remote-as 65002
                 neighbor 10.0.12.2 timers connect 5
                 address-family ipv4 unicast
                  network 10.0.0.1/32
                 exit-address-family
                exit
                """;
        String y2 = """
                router bgp 65002
                 bgp router-id 10.0.0.2
                 no bgp ebgp-requires-policy
                 neighbor 10.0.12.1 remote-as 65001
                 neighbor 10.0.23.3 remote-as 65002
                 neighbor 10.0.23.3 password s3cret
                 address-family ipv4 unicast
                  redistribute connected
                  neighbor 10.0.23.3 next-hop-self
                 exit-address-family
                exit
                """;
        String f3 = """
                router bgp 65002
                 bgp router-id 10.0.0.3
                 neighbor 10.0.23.2 remote-as 65002
                 neighbor 10.0.23.2 password s3cret
                 neighbor 10.0.23.2 timers connect 5
                 address-family ipv4 unicast
                  network 10.0.0.3/32
                 exit-address-family
                exit
                """;
        String yaml = nodes(
                router("frr", "F1", "lo: 10.0.0.1/32\neth0: 10.0.12.1/24", f1),
                router("ferry", "Y2", "lo: 10.0.0.2/32\neth0: 10.0.12.2/24\neth1: 10.0.23.2/24", y2),
                router("frr", "F3", "lo: 10.0.0.3/32\neth0: 10.0.23.3/24", f3))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n"
                + "    - endpoints: [\"Y2:eth1\", \"F3:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Established\"},"
                            + "\"10.0.23.3\":{\"state\":\"Established\",\"remoteAs\":65002}}}}", CONVERGE);
            // eBGP -> iBGP: AS path kept, next hop self
            LabAssertions.eventually(lab, "F3", "show bgp ipv4 unicast 10.0.0.1/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65001\"},\"locPrf\":100,"
                            + "\"nexthops\":[{\"ip\":\"10.0.23.2\"}],\"peer\":{\"type\":\"internal\"}}]}",
                    CONVERGE);
            awaitRoute(lab, "F3", "10.0.0.1/32", r -> r.contains("via 10.0.23.2"), "transit route over iBGP");
            // iBGP -> eBGP: our AS prepended
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 unicast 10.0.0.3/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65002\"},\"nexthops\":[{\"ip\":\"10.0.12.2\"}]}]}",
                    CONVERGE);
            awaitRoute(lab, "F1", "10.0.0.3/32", r -> r.contains("via 10.0.12.2"), "iBGP route passed to eBGP");
            awaitRoute(lab, "Y2", "10.0.0.3/32", r -> r.contains("via 10.0.23.3"), "the iBGP route in Ferry's kernel");
            // redistribute connected: origin incomplete, to both peers
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 unicast 10.0.23.0/24 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65002\"},\"origin\":\"incomplete\"}]}", CONVERGE);
            LabAssertions.eventually(lab, "F3", "show bgp ipv4 unicast 10.0.0.2/32 json",
                    "{\"paths\":[{\"origin\":\"incomplete\",\"nexthops\":[{\"ip\":\"10.0.23.2\"}]}]}",
                    CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp ipv4 unicast 10.0.0.3/32 json",
                    "{\"paths\":[{\"locPrf\":100,\"peer\":{\"type\":\"internal\"},"
                            + "\"bestpath\":{\"overall\":true}}]}", CONVERGE);
        }
    }

    /**
     * Ferry's route-maps and prefix-lists against FRR (issue 9, policy and max-prefix): FRR announces three
     * prefixes; Ferry's `prefix-list in` keeps one, its `route-map in` gives it local preference 250, its
     * `route-map out` tags Ferry's own network with community 65002:42, which FRR shows on the route; then
     * `maximum-prefix 1` and one more prefix from FRR: Ferry tears the session down with Cease/Maximum Number of
     * Prefixes Reached (FRR's lastErrorCodeSubcode 0601) and keeps it down.
     */
    @Test
    void policyPrefixListRouteMapsAndMaximumPrefixWithFrr() throws Exception {
        String f1 = """
                router bgp 65001
                 bgp router-id 10.0.0.1
                 no bgp ebgp-requires-policy
                 neighbor 10.0.12.2 remote-as 65002
                 neighbor 10.0.12.2 timers connect 5
                 address-family ipv4 unicast
                  network 10.0.0.1/32
                  network 10.10.1.0/24
                  network 10.20.1.0/24
                 exit-address-family
                exit
                """;
        String y2 = """
                router bgp 65002
                 bgp router-id 10.0.0.2
                 bgp ebgp-requires-policy
                 neighbor 10.0.12.1 remote-as 65001
                 address-family ipv4 unicast
                  network 10.0.0.2/32
                  neighbor 10.0.12.1 prefix-list FROM-F1 in
                  neighbor 10.0.12.1 route-map IN in
                  neighbor 10.0.12.1 route-map OUT out
                 exit-address-family
                exit
                !
                ip prefix-list FROM-F1 seq 5 permit 10.10.0.0/16 le 24
                !
                route-map IN permit 10
                 set local-preference 250
                exit
                !
                route-map OUT permit 10
                 set community 65002:42
                exit
                """;
        String yaml = nodes(
                // FRR's `network` needs the prefix in its RIB (import check): connected routes on its loopback
                router("frr", "F1", "lo: [10.0.0.1/32, 10.10.1.1/24, 10.10.2.1/24, 10.20.1.1/24]\n"
                        + "eth0: 10.0.12.1/24", f1),
                router("ferry", "Y2", "lo: 10.0.0.2/32\neth0: 10.0.12.2/24", y2))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Established\",\"pfxRcd\":1,"
                            + "\"peerState\":\"OK\"}}}}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show bgp ipv4 unicast 10.10.1.0/24 json",
                    "{\"paths\":[{\"locPrf\":250,\"aspath\":{\"string\":\"65001\"}}]}", CONVERGE);
            awaitRoute(lab, "Y2", "10.10.1.0/24", r -> r.contains("via 10.0.12.1"), "the permitted prefix");
            awaitOutput(lab, "Y2", "show bgp ipv4 unicast 10.20.1.0/24", "% Network not in table");
            awaitOutput(lab, "Y2", "show bgp ipv4 unicast 10.0.0.1/32", "% Network not in table");
            LabAssertions.eventually(lab, "F1", "show bgp ipv4 unicast 10.0.0.2/32 json",
                    "{\"paths\":[{\"aspath\":{\"string\":\"65002\"},\"community\":{\"string\":\"65002:42\"}}]}",
                    CONVERGE);

            configure(lab, "Y2", "router bgp 65002", "address-family ipv4 unicast",
                    "neighbor 10.0.12.1 maximum-prefix 1");
            configure(lab, "F1", "router bgp 65001", "address-family ipv4 unicast", "network 10.10.2.0/24");
            LabAssertions.eventually(lab, "F1", "show bgp neighbors 10.0.12.2 json",
                    "{\"10.0.12.2\":{\"lastErrorCodeSubcode\":\"0601\","
                            + "\"lastNotificationReason\":\"Cease/Maximum Number of Prefixes Reached\"}}", CONVERGE);
            awaitRoute(lab, "Y2", "10.10.1.0/24", String::isBlank, "the routes left with the session");
            LabAssertions.eventually(lab, "Y2", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.1\":{\"state\":\"Idle\",\"connectionsDropped\":1}}}}",
                    CONVERGE);
        }
    }
}
