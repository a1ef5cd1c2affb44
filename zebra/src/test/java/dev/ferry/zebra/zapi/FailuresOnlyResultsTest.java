package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.RibTestBed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hello.failures_only: the client hears of the routes that could not be installed (kernel refusal, no
 * nexthop, an unknown delete) and of nothing that went well; a client without it hears of every operation.
 */
class FailuresOnlyResultsTest {
    private static final ClientId BGP = new ClientId(RouteType.ROUTE_TYPE_BGP, 0);

    @Test
    void aFailuresOnlyClientHearsOfFailuresAlone() {
        assertEquals(List.of("2 FAILED 22", "3 UNRESOLVED 0", "5 REJECTED 0"), results(true));
    }

    @Test
    void anyOtherClientHearsOfEveryOperation() {
        assertEquals(List.of("1 INSTALLED 0", "2 FAILED 22", "3 UNRESOLVED 0", "4 REMOVED 0", "5 REJECTED 0"),
                results(false));
    }

    /** Installs 11.0.1.0/24, has 11.0.2.0/24 refused, 11.0.3.0/24 unreachable, deletes 11.0.1.0/24 and one never added. */
    private static List<String> results(boolean failuresOnly) {
        RibTestBed t = new RibTestBed().iface(0, 2, "eth0", "10.1.1.2/24").settle();
        t.fib.refuse(op -> op.describe().contains("11.0.2.0/24"), Errno.EINVAL, "no");
        RibApiHandler handler = new RibApiHandler(t.rib, null, null);
        RecordingOutbound out = new RecordingOutbound(BGP);
        handler.onSessionStart(BGP, Hello.newBuilder().setFailuresOnly(failuresOnly).build(), out);

        RouteBatch.Builder adds = RouteBatch.newBuilder().setAfi(Afi.AFI_IPV4).setSafi(Safi.SAFI_UNICAST)
                .addRoutes(add(1, "11.0.1.0", "10.1.1.254"))
                .addRoutes(add(2, "11.0.2.0", "10.1.1.254"))
                .addRoutes(add(3, "11.0.3.0", "10.9.9.9"));
        t.loop.execute(() -> handler.onRoutes(BGP, adds.build()));
        t.settle();
        RouteBatch.Builder deletes = RouteBatch.newBuilder().setAfi(Afi.AFI_IPV4).setSafi(Safi.SAFI_UNICAST)
                .addRoutes(Route.newBuilder().setId(4).setOp(Op.OP_DELETE).setPrefix(prefix("11.0.1.0")))
                .addRoutes(Route.newBuilder().setId(5).setOp(Op.OP_DELETE).setPrefix(prefix("11.0.7.0")));
        t.loop.execute(() -> handler.onRoutes(BGP, deletes.build()));
        t.settle();
        assertNull(out.ended, "the session stays up");
        return out.results.stream().map(r -> r.getId() + " "
                + r.getStatus().name().substring("RESULT_STATUS_".length()) + " " + r.getKernelErrno())
                .sorted().toList(); // in the order zebra reached them: by id here
    }

    private static Route.Builder add(int id, String prefix, String gateway) {
        return Route.newBuilder().setId(id).setDistance(20).setPrefix(prefix(prefix))
                .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(a(gateway).bytes())));
    }

    private static IpPrefix.Builder prefix(String address) {
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a(address).bytes())).setLength(24);
    }
}
