package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.zebra.rib.mpls.LabelChunk;
import org.junit.jupiter.api.Test;

/** A client's session ending: its routes, LSPs, FTN bindings and label chunks go; or stay a while (GR). */
class ClientLifecycleTest {

    private static RibTestBed router() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").settle();
        return t;
    }

    @Test
    void sessionEndWithdrawsTheClientsRoutesFromRibAndKernel() {
        RibTestBed t = router();
        ClientId ospfd = t.rib.clients().connect(RouteType.OSPF, 0, RibListener.NONE, RibClients.Notify.NONE);
        ClientId ldpd = t.rib.clients().connect(RouteType.LDP, 0, RibListener.NONE, RibClients.Notify.NONE);
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).add(ospf("9.9.9.9/32", 10, via(0, "10.1.1.254", 2)));
        t.add(RibTestBed.staticRoute(0, "192.0.2.0/24", via(0, "10.1.1.253")));
        t.rib.lfib().add(LspType.LDP, 16, a("10.1.1.254"), 0, 3);
        t.rib.ftn().set(0, p("2.2.2.2/32"), RouteType.OSPF, LspType.LDP, a("10.1.1.254"), 2, 17);
        LabelChunk chunk = t.rib.labelManager().getChunk(ldpd, 64, false);
        t.settle();
        assertEquals(3, t.fib.routeCount());

        t.rib.clients().disconnect(ospfd);
        t.settle();
        assertNull(t.rib.route(0, p("2.2.2.2/32")));
        assertNull(t.fib.route(254, p("9.9.9.9/32")));
        assertNotNull(t.fib.route(254, p("192.0.2.0/24")), "other clients' routes stay");

        t.rib.clients().disconnect(ldpd);
        t.settle();
        assertNull(t.rib.lfib().get(16));
        assertNull(t.fib.lsp(16));
        assertNull(chunk.owner(), "chunk released");
        assertNull(t.rib.ftn().labels(0, p("2.2.2.2/32"), RouteType.OSPF, a("10.1.1.254")));
    }

    @Test
    void gracefulRestartKeepsRoutesUntilTheTimerOrTheClientsUpdate() {
        RibTestBed t = router();
        ClientId bgp = t.rib.clients().connect(RouteType.BGP, 0, RibListener.NONE, RibClients.Notify.NONE);
        t.rib.clients().setRetention(bgp, 120);
        t.add(bgpRoute("198.51.100.0/24")).add(bgpRoute("203.0.113.0/24")).settle();
        t.rib.clients().disconnect(bgp);
        t.settle().wait(60);
        assertNotNull(t.fib.route(254, p("198.51.100.0/24")), "kept while the client restarts");

        ClientId again = t.rib.clients().connect(RouteType.BGP, 0, RibListener.NONE, RibClients.Notify.NONE);
        t.add(bgpRoute("198.51.100.0/24")).settle();
        t.rib.clients().routeUpdateComplete(again);
        t.settle();
        assertNotNull(t.fib.route(254, p("198.51.100.0/24")), "sent again");
        assertNull(t.fib.route(254, p("203.0.113.0/24")), "not sent again: swept");
        assertTrue(t.rib.route(0, p("198.51.100.0/24")).selected().isInstalled());
    }

    @Test
    void retentionTimerSweepsWhenTheClientDoesNotComeBack() {
        RibTestBed t = router();
        ClientId bgp = t.rib.clients().connect(RouteType.BGP, 0, RibListener.NONE, RibClients.Notify.NONE);
        t.rib.clients().setRetention(bgp, 30);
        t.add(bgpRoute("198.51.100.0/24")).settle();
        t.rib.clients().disconnect(bgp);
        t.settle().wait(29);
        assertNotNull(t.fib.route(254, p("198.51.100.0/24")));
        t.wait(2);
        assertNull(t.fib.route(254, p("198.51.100.0/24")));
        assertFalse(t.rib.clients().isConnected(bgp));
    }

    private static RouteUpdate bgpRoute(String prefix) {
        return new RouteUpdate(0, p(prefix), RouteType.BGP, 0, 20, 0, 0, 0, java.util.List.of(via(0, "10.1.1.9")));
    }
}
