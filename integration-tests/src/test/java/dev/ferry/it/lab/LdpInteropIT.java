package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.Poll;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Ferry's ldpd against real FRR 8.4 ldpd in a namespace lab: F1 - Y2 - F3, OSPF everywhere for the loopbacks
 * (the transport addresses), LDP on both links. Y2 (Ferry, 10.0.0.2) is the active side towards F1 (10.0.0.1)
 * and the passive side towards F3 (10.0.0.3), so both roles of RFC 5036 2.5.2 are exercised. Asserted: every
 * session OPERATIONAL on both ends, and each router's LIB holding the others' labels for their loopbacks, in use
 * where the peer is the route's nexthop; then a link failure (withdraw towards the other peer) and the session's
 * return. Needs root, FRR and a built distribution (etc/target/ferry).
 */
class LdpInteropIT {
    private static final Duration CONVERGE = Duration.ofSeconds(120);

    private static String router(String kind, String name, String id, String interfaces, String... links) {
        StringBuilder cfg = new StringBuilder("frr defaults traditional\nhostname " + name + "\n!\n");
        for (String l : links) {
            cfg.append("interface ").append(l).append("\n ip ospf hello-interval 1\n ip ospf dead-interval 4\nexit\n!\n");
        }
        cfg.append("router ospf\n ospf router-id ").append(id).append("\n network ").append(id)
                .append("/32 area 0\n network 10.0.0.0/8 area 0\nexit\n!\n");
        cfg.append("mpls ldp\n router-id ").append(id).append("\n !\n address-family ipv4\n  discovery transport-address ")
                .append(id).append("\n  !\n");
        for (String l : links) {
            cfg.append("  interface ").append(l).append("\n  exit\n  !\n");
        }
        cfg.append(" exit-address-family\n !\nexit\n!\n");
        return """
                %s:
                  kind: %s
                  daemons: [ospfd, ldpd]
                  interfaces: {%s}
                  config: |
                %s""".formatted(name, kind, interfaces, cfg.toString().indent(4));
    }

    private static String lab() {
        StringBuilder sb = new StringBuilder("name: ldp\ntopology:\n  nodes:\n");
        sb.append(router("frr", "F1", "10.0.0.1", "lo: 10.0.0.1/32, eth0: 10.0.12.1/24", "eth0").indent(4));
        sb.append(router("ferry", "Y2", "10.0.0.2", "lo: 10.0.0.2/32, eth0: 10.0.12.2/24, eth1: 10.0.23.2/24",
                "eth0", "eth1").indent(4));
        sb.append(router("frr", "F3", "10.0.0.3", "lo: 10.0.0.3/32, eth0: 10.0.23.3/24", "eth0").indent(4));
        sb.append("  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n    - endpoints: [\"Y2:eth1\", \"F3:eth0\"]\n");
        return sb.toString();
    }

    @Test
    void sessionsAndBindingsWithFrrOnBothSides() throws Exception {
        try (RunningLab lab = start(lab())) {
            String operational = "{\"neighbors\":[{\"addressFamily\":\"ipv4\",\"neighborId\":\"10.0.0.2\","
                    + "\"state\":\"OPERATIONAL\",\"transportAddress\":\"10.0.0.2\"}]}";
            LabAssertions.eventually(lab, "F1", "show mpls ldp neighbor json", operational, CONVERGE);
            LabAssertions.eventually(lab, "F3", "show mpls ldp neighbor json", operational, CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show mpls ldp neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"10.0.0.1\",\"state\":\"OPERATIONAL\"},"
                            + "{\"neighborId\":\"10.0.0.3\",\"state\":\"OPERATIONAL\"}]}", CONVERGE);

            // FRR learnt Ferry's labels: implicit-null for Ferry's own loopback, a real label for the far loopback.
            LabAssertions.eventually(lab, "F1", "show mpls ldp binding json", """
                    {"bindings":[
                      {"prefix":"10.0.0.2/32","neighborId":"10.0.0.2","remoteLabel":"imp-null","inUse":1},
                      {"prefix":"10.0.0.3/32","neighborId":"10.0.0.2","remoteLabel":"*","inUse":1}]}""", CONVERGE);
            LabAssertions.eventually(lab, "F3", "show mpls ldp binding json", """
                    {"bindings":[
                      {"prefix":"10.0.0.1/32","neighborId":"10.0.0.2","remoteLabel":"*","inUse":1},
                      {"prefix":"10.0.0.2/32","neighborId":"10.0.0.2","remoteLabel":"imp-null","inUse":1}]}""",
                    CONVERGE);
            // Ferry learnt FRR's: both loopbacks implicit-null from their owners, in use; the labels it swaps to.
            LabAssertions.eventually(lab, "Y2", "show mpls ldp binding json", """
                    {"bindings":[
                      {"prefix":"10.0.0.1/32","neighborId":"10.0.0.1","remoteLabel":"imp-null","inUse":1},
                      {"prefix":"10.0.0.2/32","localLabel":"imp-null"},
                      {"prefix":"10.0.0.3/32","neighborId":"10.0.0.3","remoteLabel":"imp-null","inUse":1}]}""",
                    CONVERGE);

            // The labels Ferry advertised are the ones it shows as local (FRR's remote = Ferry's local).
            String ferry = lab.vtysh("Y2", "show mpls ldp binding");
            String frr = lab.vtysh("F1", "show mpls ldp binding");
            String local = column(ferry, "10.0.0.3/32", "10.0.0.3", 3);
            String remote = column(frr, "10.0.0.3/32", "10.0.0.2", 4);
            assertTrue(local != null && local.equals(remote) && Integer.parseInt(local) >= 16,
                    "Ferry's local label for 10.0.0.3/32 must be what F1 received\nY2:\n" + ferry + "\nF1:\n" + frr);

            String detail = lab.vtysh("Y2", "show mpls ldp neighbor detail");
            assertTrue(detail.contains("Peer LDP Identifier: 10.0.0.1:0") && detail.contains("State: OPERATIONAL")
                    && detail.contains("   - Typed Wildcard (0x050B)") && detail.contains("      Interface: eth1"),
                    detail);
            String discovery = lab.vtysh("Y2", "show mpls ldp discovery");
            assertTrue(discovery.contains("ipv4 10.0.0.1        Link     eth0                   15")
                    && discovery.contains("ipv4 10.0.0.3        Link     eth1                   15"), discovery);
            String interfaces = lab.vtysh("Y2", "show mpls ldp interface");
            assertTrue(interfaces.contains(" eth0        ACTIVE ") && interfaces.contains(" 5/15           1"),
                    interfaces);

            // The link to F3 fails: Ferry drops the session, loses the route and withdraws its label from F1.
            lab.exec("F3", List.of("ip", "link", "set", "eth0", "down"), Duration.ofSeconds(10));
            awaitBinding(lab, "F1", t -> !t.contains("10.0.0.3/32          10.0.0.2 "),
                    "F1 keeps every mapping (liberal retention) until Ferry withdraws its label for 10.0.0.3/32");
            awaitBinding(lab, "Y2", t -> !t.contains(" 10.0.0.3        "), "Ferry must drop F3's mappings");

            // Back up: F3 (active) reconnects to Ferry (passive) and the labels return.
            lab.exec("F3", List.of("ip", "link", "set", "eth0", "up"), Duration.ofSeconds(10));
            LabAssertions.eventually(lab, "F3", "show mpls ldp neighbor json", operational, CONVERGE);
            LabAssertions.eventually(lab, "F1", "show mpls ldp binding json", """
                    {"bindings":[{"prefix":"10.0.0.3/32","neighborId":"10.0.0.2","remoteLabel":"*","inUse":1}]}""",
                    CONVERGE);
        }
    }

    private static void awaitBinding(RunningLab lab, String router, Predicate<String> ok, String what) {
        String[] last = {""};
        Optional<String> seen = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = lab.vtysh(router, "show mpls ldp binding");
            return ok.test(last[0]) ? Optional.of(last[0]) : Optional.empty();
        });
        assertTrue(seen.isPresent(), router + ": " + what + "; it shows:\n" + last[0]);
    }

    /** Column {@code index} (0-based, split on spaces) of the binding line of {@code prefix} via {@code nexthop}. */
    private static String column(String table, String prefix, String nexthop, int index) {
        for (String line : table.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > index && f[1].equals(prefix) && f[2].equals(nexthop)) {
                return f[index];
            }
        }
        return null;
    }
}
