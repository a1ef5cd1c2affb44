package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refused route is sent again unless a newer op for the same route (table and prefix) was answered after it
 * or is still in flight; other routes' ops do not stop it.
 */
class ObjectRetriesTest {
    private static final NetlinkError GONE = new NetlinkError(22, "Nexthop id does not exist", -1);

    /** Install of 11.0.0.0/24, install of 11.0.1.0/24, replace of 11.0.0.0/24 through the other gateway. */
    private static List<FibOp> ops() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.add(ospf("11.0.0.0/24", 10, via(0, "10.1.1.254", 2))).settle();
        t.add(ospf("11.0.1.0/24", 10, via(0, "10.1.1.254", 2))).settle();
        t.add(ospf("11.0.0.0/24", 10, via(0, "10.1.1.253", 2))).settle();
        List<FibOp> ops = t.fib.ops().stream().filter(o -> o instanceof RouteOp r
                && r.prefix().toString().startsWith("11.")).toList();
        assertEquals(List.of(FibOp.Action.INSTALL, FibOp.Action.INSTALL, FibOp.Action.REPLACE),
                ops.stream().map(FibOp::action).toList());
        return ops;
    }

    @Test
    void anOpForAnotherRouteDoesNotStopTheRetry() {
        List<FibOp> ops = ops();
        ObjectRetries retries = new ObjectRetries();
        retries.answered(ops.get(2)); // before the refusal: older, no matter
        retries.refused(ops.get(0), GONE);
        retries.answered(ops.get(1));
        List<ObjectRetries.Retry> superseded = new ArrayList<>();
        assertEquals(List.of(new ObjectRetries.Retry(ops.get(0), GONE)), retries.take(new InFlight(), superseded));
        assertEquals(List.of(), superseded);
        assertTrue(retries.isEmpty());
    }

    @Test
    void aNewerOpForTheSameRouteSupersedesIt() {
        List<FibOp> ops = ops();
        ObjectRetries retries = new ObjectRetries();
        retries.refused(ops.get(0), GONE);
        retries.answered(ops.get(2));
        List<ObjectRetries.Retry> superseded = new ArrayList<>();
        assertEquals(List.of(), retries.take(new InFlight(), superseded));
        assertEquals(List.of(new ObjectRetries.Retry(ops.get(0), GONE)), superseded);
    }

    @Test
    void soDoesOneStillInFlight() {
        List<FibOp> ops = ops();
        ObjectRetries retries = new ObjectRetries();
        retries.refused(ops.get(0), GONE);
        retries.refused(ops.get(1), GONE);
        InFlight inFlight = new InFlight();
        inFlight.addCreation(NexthopObjects.FIRST_ID);
        inFlight.addOp(ops.get(2), NexthopObjects.FIRST_ID);
        List<ObjectRetries.Retry> superseded = new ArrayList<>();
        assertEquals(List.of(new ObjectRetries.Retry(ops.get(1), GONE)), retries.take(inFlight, superseded));
        assertEquals(List.of(new ObjectRetries.Retry(ops.get(0), GONE)), superseded);
    }
}
