package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.CONVERGE;
import static dev.ferry.it.lab.OspfLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.configure;
import static dev.ferry.it.lab.OspfLabs.route;
import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.Poll;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ferry's ospf6d as the area border router and an AS boundary router between two real FRR 8.4 ospf6d:
 * <pre>
 *   F1 (FRR, area 1, ASBR: redistribute static) --eth0-- Y2 (Ferry, area 1 + area 0) --eth1 p2p-- F3 (FRR, area 0)
 * </pre>
 * Inter-Area-Prefix-LSAs both ways, an Inter-Area-Router-LSA for F1 so that F3 can use F1's AS-External-LSA,
 * Ferry's own `redistribute static metric 50 metric-type 1` and `redistribute connected metric 30` (its loopback is
 * in no area: both its prefixes become externals), and an `area 1 range` that hides area 1's prefixes behind one
 * summary, then is removed again. FRR's ospf6d is the reference: its `show ipv6 ospf6 route` path types ("IE" is its
 * inter-area, "E1"/"E2" external), its costs, and its database's Inter-Area-Router-LSA, which Ferry's database must
 * show the same. Timers 1 s / 4 s. Needs root, FRR and a built distribution (etc/target/ferry).
 */
class Ospf6AbrIT {
    /** Hello 1 s, dead 4 s, indented for the config blocks below. */
    private static final String TIMERS = "         ipv6 ospf6 hello-interval 1\n         ipv6 ospf6 dead-interval 4\n";

    private static final String LAB = """
            name: ospf6-abr
            topology:
              nodes:
                F1:
                  kind: frr
                  daemons: [ospf6d, staticd]
                  interfaces: {lo: ["2001:db8:ff::1/128", "2001:db8:1:1::1/128"], eth0: ["2001:db8:1:12::1/64"]}
                  config: |
                    frr defaults traditional
                    hostname F1
                    ipv6 route 2001:db8:77::/48 blackhole
                    interface lo
                     ipv6 ospf6 area 0.0.0.1
                    exit
                    interface eth0
                     ipv6 ospf6 area 0.0.0.1
            %1$s        exit
                    router ospf6
                     ospf6 router-id 10.0.0.1
                     redistribute static
                    exit
                Y2:
                  kind: ferry
                  daemons: [ospf6d, staticd]
                  interfaces: {lo: ["2001:db8:ff::2/128", "2001:db8:88::2/64"], eth0: ["2001:db8:1:12::2/64"], eth1: ["2001:db8:0:23::2/64"]}
                  config: |
                    frr defaults traditional
                    hostname Y2
                    ipv6 route 2001:db8:99::/48 blackhole
                    interface eth0
                     ipv6 ospf6 area 0.0.0.1
            %1$s        exit
                    interface eth1
                     ipv6 ospf6 area 0.0.0.0
                     ipv6 ospf6 network point-to-point
            %1$s        exit
                    router ospf6
                     ospf6 router-id 10.0.0.2
                     redistribute connected metric 30
                     redistribute static metric 50 metric-type 1
                    exit
                F3:
                  kind: frr
                  daemons: [ospf6d]
                  interfaces: {lo: ["2001:db8:ff::3/128"], eth0: ["2001:db8:0:23::3/64"]}
                  config: |
                    frr defaults traditional
                    hostname F3
                    interface lo
                     ipv6 ospf6 area 0.0.0.0
                    exit
                    interface eth0
                     ipv6 ospf6 area 0.0.0.0
                     ipv6 ospf6 network point-to-point
            %1$s        exit
                    router ospf6
                     ospf6 router-id 10.0.0.3
                    exit
              links:
                - endpoints: ["F1:eth0", "Y2:eth0"]
                - endpoints: ["Y2:eth1", "F3:eth0"]
            """.formatted(TIMERS);

    @Test
    void ferryAbrAndAsbrBetweenTwoFrrAreas() throws Exception {
        try (RunningLab lab = start(LAB)) {
            LabAssertions.eventually(lab, "F1", "show ipv6 ospf6 neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"10.0.0.2\",\"state\":\"Full\"}]}", CONVERGE);
            LabAssertions.eventually(lab, "F3", "show ipv6 ospf6 neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"10.0.0.2\",\"state\":\"Full\"}]}", CONVERGE);

            // Inter-Area-Prefix-LSAs from Ferry, both ways: FRR's "IE" (inter-area) routes through Ferry
            expectOspf6Route(lab, "F3", "2001:db8:ff::1/128", "IE");
            expectOspf6Route(lab, "F3", "2001:db8:1:12::/64", "IE");
            expectOspf6Route(lab, "F1", "2001:db8:ff::3/128", "IE");
            expectOspf6Route(lab, "F1", "2001:db8:0:23::/64", "IE");
            awaitRoute(lab, "F3", "2001:db8:ff::1/128", r -> r.contains("via fe80::") && r.contains("eth0"),
                    "F1's loopback through the ABR");
            awaitRoute(lab, "F1", "2001:db8:ff::3/128", r -> r.contains("via fe80::") && r.contains("eth0"),
                    "F3's loopback through the ABR");
            // Ferry's cost to F1's loopback is eth0's 10 plus the loopback's 10 (FRR gives a loopback prefix its
            // interface's cost); its summary carries that 20, and F3 adds its own link's 10
            LabAssertions.eventually(lab, "Y2", "show ipv6 route 2001:db8:ff::1/128 json",
                    "{\"2001:db8:ff::1/128\":[{\"protocol\":\"ospf6\",\"selected\":true,\"metric\":20}]}", CONVERGE);
            LabAssertions.eventually(lab, "F3", "show ipv6 route 2001:db8:ff::1/128 json",
                    "{\"2001:db8:ff::1/128\":[{\"protocol\":\"ospf6\",\"selected\":true,\"metric\":30}]}", CONVERGE);

            // F1's static route: an AS-External-LSA from area 1, usable in area 0 through Ferry's Inter-Area-Router-LSA
            String iar = "{\"areaScopedLinkStateDb\":[{\"areaId\":\"0.0.0.0\",\"lsa\":[{\"type\":\"IAR\","
                    + "\"lsId\":\"10.0.0.1\",\"advRouter\":\"10.0.0.2\",\"payload\":\"10.0.0.1\"}]}]}";
            LabAssertions.eventually(lab, "F3", "show ipv6 ospf6 database inter-router json", iar, CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show ipv6 ospf6 database inter-router json", iar, CONVERGE);
            expectOspf6Route(lab, "F3", "2001:db8:77::/48", "E2");
            awaitRoute(lab, "F3", "2001:db8:77::/48", r -> r.contains("via fe80::"), "F1's external via the ABR");
            LabAssertions.eventually(lab, "F3", "show ipv6 route 2001:db8:77::/48 json",
                    "{\"2001:db8:77::/48\":[{\"protocol\":\"ospf6\",\"selected\":true,\"metric\":20}]}", CONVERGE);

            // Ferry's own externals: static at 50 type 1 (FRR adds its cost to the ASBR), connected at 30 type 2
            expectOspf6Route(lab, "F3", "2001:db8:99::/48", "E1");
            LabAssertions.eventually(lab, "F3", "show ipv6 route 2001:db8:99::/48 json",
                    "{\"2001:db8:99::/48\":[{\"protocol\":\"ospf6\",\"selected\":true,\"metric\":60}]}", CONVERGE);
            expectOspf6Route(lab, "F1", "2001:db8:99::/48", "E1");
            expectOspf6Route(lab, "F3", "2001:db8:88::/64", "E2");
            LabAssertions.eventually(lab, "F3", "show ipv6 route 2001:db8:88::/64 json",
                    "{\"2001:db8:88::/64\":[{\"protocol\":\"ospf6\",\"selected\":true,\"metric\":30}]}", CONVERGE);
            expectOspf6Route(lab, "F1", "2001:db8:88::/64", "E2");
            expectOspf6Route(lab, "F1", "2001:db8:ff::2/128", "E2");

            // Ferry's own view: F1's loopback intra-area, F3's too, F1's external E2
            expectOspf6Route(lab, "Y2", "2001:db8:ff::1/128", "IA");
            expectOspf6Route(lab, "Y2", "2001:db8:ff::3/128", "IA");
            expectOspf6Route(lab, "Y2", "2001:db8:77::/48", "E2");
            awaitRoute(lab, "Y2", "2001:db8:77::/48", r -> r.contains("via fe80::") && r.contains("eth0"),
                    "F1's external on Ferry");

            // area 1 range: area 0 gets one summary instead of area 1's prefixes inside it
            configure(lab, "Y2", "router ospf6", "area 0.0.0.1 range 2001:db8:1::/48");
            expectOspf6Route(lab, "F3", "2001:db8:1::/48", "IE");
            expectNoOspf6Route(lab, "F3", "2001:db8:1:1::1/128");
            awaitRoute(lab, "F3", "2001:db8:1::/48", r -> r.contains("via fe80::"), "the range in F3's kernel");
            assertEquals("", route(lab, "F3", "2001:db8:1:1::1/128").strip(), "the range hides F1's /128");
            assertTrue(lab.vtysh("Y2", "show running-config").contains(" area 0.0.0.1 range 2001:db8:1::/48\n"));
            configure(lab, "Y2", "router ospf6", "no area 0.0.0.1 range 2001:db8:1::/48");
            expectOspf6Route(lab, "F3", "2001:db8:1:1::1/128", "IE");
            expectNoOspf6Route(lab, "F3", "2001:db8:1::/48");
        }
    }

    /**
     * Polls `show ipv6 ospf6 route` until the prefix has a best ("*N") route of that FRR path type. The text, not
     * the JSON: FRR keys its JSON by prefix, so of a prefix's several routes (Ferry's connected external beside
     * the inter-area route) the JSON keeps only the last.
     */
    private static void expectOspf6Route(RunningLab lab, String router, String prefix, String pathType) {
        Pattern line = Pattern.compile("(?m)^\\*N " + pathType + " " + Pattern.quote(prefix) + " ");
        String[] last = {""};
        boolean seen = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = lab.vtysh(router, "show ipv6 ospf6 route");
            return line.matcher(last[0]).find();
        });
        assertTrue(seen, router + ": no best " + pathType + " route to " + prefix + "; `show ipv6 ospf6 route`:\n"
                + last[0]);
    }

    /** Polls until `show ipv6 ospf6 route` has no route to the prefix at all. */
    private static void expectNoOspf6Route(RunningLab lab, String router, String prefix) {
        Pattern line = Pattern.compile("(?m)^.. .. " + Pattern.quote(prefix) + " ");
        String[] last = {""};
        boolean gone = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = lab.vtysh(router, "show ipv6 ospf6 route");
            return !line.matcher(last[0]).find();
        });
        assertTrue(gone, router + ": still a route to " + prefix + "; `show ipv6 ospf6 route`:\n" + last[0]
                + "\n" + router + "'s inter-area prefixes:\n"
                + lab.vtysh(router, "show ipv6 ospf6 database inter-prefix")
                + "\nY2's:\n" + lab.vtysh("Y2", "show ipv6 ospf6 database inter-prefix"));
    }
}
