package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.Poll;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * End-of-LIB and `show mpls ldp binding detail` against real FRR 8.4: F1 (FRR) - Y2 (Ferry), OSPF for the
 * loopbacks, LDP on the link. Both announce the Unrecognized Notification capability, so Ferry ends its initial
 * advertisement with two End-of-LIB Notifications (IPv4 and IPv6 prefixes, as FRR's fec_snap): FRR counts them
 * received and keeps the session. Ferry's binding detail shows what FRR's shows from the other side: each
 * loopback advertised to the peer, and the peer's implicit-null for its own loopback in use. Needs root, FRR and
 * a built distribution (etc/target/ferry).
 */
class LdpEndOfLibIT {
    private static final Duration CONVERGE = Duration.ofSeconds(120);
    private static final Pattern NOTIFICATIONS = Pattern.compile("Notification Messages: (\\d+)/(\\d+)");

    private static String router(String kind, String name, String id, String interfaces) {
        String cfg = "frr defaults traditional\nhostname " + name + "\n!\n"
                + "interface eth0\n ip ospf hello-interval 1\n ip ospf dead-interval 4\nexit\n!\n"
                + "router ospf\n ospf router-id " + id + "\n network " + id + "/32 area 0\n network 10.0.0.0/8 area 0\n"
                + "exit\n!\n"
                + "mpls ldp\n router-id " + id + "\n !\n address-family ipv4\n  discovery transport-address " + id
                + "\n  !\n  interface eth0\n  exit\n  !\n exit-address-family\n !\nexit\n!\n";
        return """
                %s:
                  kind: %s
                  daemons: [ospfd, ldpd]
                  interfaces: {%s}
                  config: |
                %s""".formatted(name, kind, interfaces, cfg.indent(4));
    }

    private static String lab() {
        return "name: ldpeol\ntopology:\n  nodes:\n"
                + router("frr", "F1", "10.0.0.1", "lo: 10.0.0.1/32, eth0: 10.0.12.1/24").indent(4)
                + router("ferry", "Y2", "10.0.0.2", "lo: 10.0.0.2/32, eth0: 10.0.12.2/24").indent(4)
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
    }

    @Test
    void frrAcceptsFerrysEndOfLibAndBothLibsAgree() throws Exception {
        try (RunningLab lab = start(lab())) {
            LabAssertions.eventually(lab, "F1", "show mpls ldp neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"10.0.0.2\",\"state\":\"OPERATIONAL\"}]}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show mpls ldp binding detail json", """
                    {"10.0.0.1/32":{"advertisedTo":[{"neighborId":"10.0.0.1"}],
                      "remoteLabels":[{"neighborId":"10.0.0.1","label":"imp-null","inUse":1}]},
                     "10.0.0.2/32":{"localLabel":"imp-null","advertisedTo":[{"neighborId":"10.0.0.1"}]}}""",
                    CONVERGE);

            // FRR received Ferry's two End-of-LIB Notifications and the session stayed up.
            String[] last = {""};
            Optional<String> counted = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
                last[0] = lab.vtysh("F1", "show mpls ldp neighbor detail");
                Matcher m = NOTIFICATIONS.matcher(last[0]);
                return m.find() && m.group(2).equals("2") ? Optional.of(last[0]) : Optional.empty();
            });
            assertTrue(counted.isPresent(), "F1 must count Ferry's 2 End-of-LIB notifications:\n" + last[0]);
            assertTrue(last[0].contains("State: OPERATIONAL"), last[0]);
            String ferry = lab.vtysh("Y2", "show mpls ldp neighbor detail");
            Matcher sent = NOTIFICATIONS.matcher(ferry);
            assertTrue(sent.find() && sent.group(1).equals("2"), "Ferry sent 2 notifications:\n" + ferry);

            // The text detail, as FRR lays it out.
            String detail = lab.vtysh("Y2", "show mpls ldp binding detail");
            assertTrue(detail.contains("""
                    10.0.0.1/32
                            Local binding: label: """), detail);
            assertTrue(detail.contains("""
                            Advertised to:
                                10.0.0.1:0
                            Remote bindings:
                                10.0.0.1:0, label imp-null (in use)
                    """), detail);
            String frr = lab.vtysh("F1", "show mpls ldp binding detail");
            assertTrue(frr.contains("10.0.0.2:0, label imp-null (in use)"), frr);
        }
    }
}
