package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.mask;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.zebra.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kernel without MPLS refuses routes that push labels: they stay in the RIB, `show` marks them 'r' with
 * the reason, the owner hears errno and message, the log says it once, the other routes install.
 */
class KernelRefusalTest {
    private final LogCapture log = new LogCapture("dev.ferry.zebra.rib", Level.WARNING);
    private final List<LogRecord> warnings = log.records();

    @BeforeEach
    void captureLog() {
        log.start();
    }

    @AfterEach
    void release() {
        log.close();
    }

    private static RibTestBed noMplsRouter(List<RouteNotice> notices) {
        RibTestBed t = new RibTestBed();
        t.fib.refuseMpls();
        t.rib.clients().connect(RouteType.OSPF, 0, new RibListener() {
            @Override
            public void routeNotice(RouteNotice n) {
                notices.add(n);
            }
        }, RibClients.Notify.ALL);
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        for (String ldp : List.of("2.2.2.2/32", "3.3.3.3/32")) {
            t.rib.ftn().set(0, p(ldp), RouteType.OSPF, LspType.LDP, a("10.1.1.254"), 2, 17);
            t.add(ospf(ldp, 20, via(0, "10.1.1.254", 2)));
        }
        t.add(ospf("9.9.9.9/32", 10, via(0, "10.1.1.254", 2)));
        t.rib.lfib().add(LspType.LDP, 16, a("10.1.1.254"), 0, 3);
        return t.settle();
    }

    @Test
    void refusedRoutesShowRejectedWithTheReasonAndTheRestInstalls() {
        List<RouteNotice> notices = new ArrayList<>();
        RibTestBed t = noMplsRouter(notices);
        String out = mask(t.show("show ip route"));
        assertTrue(out.contains("""
                O>r 2.2.2.2/32 [110/20] via 10.1.1.254, eth0, label 17, weight 1, HH:MM:SS
                                        not installed: Operation not supported (errno 95): \
                lwt encapsulation type not supported
                """), out);
        assertTrue(out.contains("O>* 9.9.9.9/32 [110/10] via 10.1.1.254, eth0, weight 1, HH:MM:SS\n"), out);
        assertNull(t.fib.route(254, p("2.2.2.2/32")));
        assertNotNull(t.fib.route(254, p("9.9.9.9/32")));

        String json = t.show("show ip route 2.2.2.2/32 json");
        assertTrue(json.contains("""
                      "failed":true,
                      "failureReason":"Operation not supported (errno 95): lwt encapsulation type not supported",
                      "failureErrno":95,
                """), json);
        assertFalse(json.contains("\"installed\""), json);
        assertTrue(t.show("show ip route 2.2.2.2").contains(
                "  Not installed: Operation not supported (errno 95): lwt encapsulation type not supported\n"));
    }

    @Test
    void theOwnerHearsWhyAndTheLogSaysItOnce() {
        List<RouteNotice> notices = new ArrayList<>();
        noMplsRouter(notices);
        RouteNotice refused = notices.stream().filter(n -> n.prefix().equals(p("2.2.2.2/32"))).findFirst().get();
        assertEquals(RouteNotice.Result.FAIL_INSTALL, refused.result());
        assertEquals(Errno.EOPNOTSUPP, refused.errno());
        assertEquals("lwt encapsulation type not supported", refused.message());
        assertTrue(notices.stream().anyMatch(n -> n.prefix().equals(p("9.9.9.9/32"))
                && n.result() == RouteNotice.Result.INSTALLED));

        List<String> lines = warnings.stream().map(LogRecord::getMessage).toList();
        assertEquals(2, lines.size(), "one line per reason: routes with labels, label routes: " + lines);
        assertTrue(lines.getFirst().startsWith("[ZEBRA-FIB-NO-MPLS] The kernel refused an MPLS route: route "
                + "2.2.2.2/32 vrf default: Operation not supported (errno 95): lwt encapsulation type not supported"),
                lines.getFirst());
        assertTrue(lines.get(1).contains("LSP 16: Operation not supported (errno 95)"), lines.get(1));
    }

    @Test
    void refusedLabelRoutesShowInTheMplsTableWithTheReason() {
        RibTestBed t = noMplsRouter(new ArrayList<>());
        assertEquals("""
                 Inbound Label  Type  Nexthop     Outbound Label \s
                 -------------------------------------------------
                 16             LDP   10.1.1.254  implicit-null  \s
                 Not installed, the kernel refused them (Operation not supported (errno 95)): 16

                """, t.show("show mpls table"));
        String json = t.show("show mpls table json");
        assertTrue(json.contains("\"failureReason\":\"Operation not supported (errno 95)\""), json);
        assertFalse(json.contains("installed"), json);
        assertEquals("""
                Local label: 16
                 type: LDP remote label: 3 distance: 150
                  via 10.1.1.254 dev eth0
                 Not installed: Operation not supported (errno 95)
                """, t.show("show mpls table 16"));
    }

    @Test
    void withoutRefusalsLabelRoutesInstall() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.rib.lfib().add(LspType.LDP, 16, a("10.1.1.254"), 0, 3);
        t.rib.lfib().add(LspType.LDP, 17, a("10.1.9.9"), 0, 18);
        t.settle();
        assertNotNull(t.fib.lsp(16));
        assertNull(t.fib.lsp(17), "gateway not directly connected: not selected");
        assertTrue(t.show("show mpls table 16").startsWith("Local label: 16 (installed)\n"));
        assertTrue(t.show("show mpls table json").contains("\"installed\":true"));
    }
}
