package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner's notices carry the id of the client operation that added the route (kept in the entry, not in a
 * map of the session's), say whether the client still has that route, and an answer to a superseded FIB op
 * (numbered in its node) tells nobody anything.
 */
class RouteNoticeIdTest {
    private final List<RouteNotice> notices = new ArrayList<>();
    private final RibTestBed t = new RibTestBed();

    RouteNoticeIdTest() {
        t.rib.clients().connect(RouteType.OSPF, 0, new RibListener() {
            @Override
            public void routeNotice(RouteNotice n) {
                notices.add(n);
            }
        }, RibClients.Notify.ALL);
        t.iface(0, 2, "eth0", "10.1.1.2/24");
    }

    @Test
    void noticesCarryTheOperationIdOfTheirEntry() {
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "10.1.1.254")), 7);
        t.settle();
        assertEquals(List.of("INSTALLED 7 current"), described());

        notices.clear();
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "10.1.1.253")), 8);
        t.settle();
        assertEquals(List.of("INSTALLED 8 current"), described());
    }

    @Test
    void aRouteTheClientReplacedOrDeletedIsNotCurrent() {
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "10.1.1.254")), 7);
        t.settle();
        notices.clear();
        // replaced by a version that does not resolve: the kernel's copy of op 7's route is removed
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "192.168.99.1")), 8);
        t.settle();
        assertTrue(described().contains("FAIL_INSTALL 8 current"), described().toString());
        assertTrue(described().contains("REMOVED 7 not current"), described().toString());

        notices.clear();
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "10.1.1.254")), 9);
        t.settle();
        assertTrue(t.rib.deleteRoute(0, p("9.9.9.0/24"), RouteType.OSPF, 0));
        t.settle();
        assertEquals(List.of("INSTALLED 9 current", "REMOVED 9 not current"), described());
    }

    @Test
    void anAnswerToASupersededOpIsIgnored() {
        t.fib.holdAnswers(true);
        t.rib.addRoute(ospf("9.9.9.0/24", 10, via(0, "10.1.1.254")), 7);
        t.settle();
        // the gateway now resolves through a more specific connected route: the same entry goes again
        t.iface(0, 3, "eth1", "10.1.1.253/30");
        t.settle();
        assertEquals(2, t.fib.heldAnswers());
        t.fib.answerAll();
        t.settle();
        assertEquals(List.of("INSTALLED 7 current"), described(), "only the latest op's answer is told");
        RouteEntry e = t.rib.route(0, 0, p("9.9.9.0/24")).fibEntry();
        assertEquals(7, e.opId());
        assertTrue(e.isInstalled());
        assertFalse(e.isQueued());
        assertEquals(3, t.fib.route(254, p("9.9.9.0/24")).nexthops().get(0).ifindex());
    }

    private List<String> described() {
        return notices.stream().filter(n -> n.prefix().equals(p("9.9.9.0/24")))
                .map(n -> n.result() + " " + n.opId() + (n.current() ? " current" : " not current")).toList();
    }
}
