package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.label.LabelAllocator;
import dev.ferry.ldpd.label.LabelBase;
import dev.ferry.ldpd.label.LibSink;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * zebra's routes into FECs, and kept: LDP restarting (a new transport address while `mpls ldp` is loaded line by
 * line, as vtysh -b does) clears the LIB, and zebra does not send a subscription's routes twice, so the feed gives
 * them back. Found by bench/ldp-fec.sh: before, a restarted ldpd had no FEC until a route changed.
 */
class RouteFeedTest {
    private final LabelAllocator labels = new LabelAllocator();
    private final LabelBase lib = new LabelBase(labels, new LibSink() {
        @Override
        public void sendMapping(LdpId peer, Fec fec, int label) {
        }

        @Override
        public void sendWithdraw(LdpId peer, Fec fec, int label) {
        }

        @Override
        public void sendRelease(LdpId peer, Fec fec, int label) {
        }

        @Override
        public void installLsp(int inLabel, Fec fec, List<LspHop> hops) {
        }

        @Override
        public void removeLsp(int inLabel) {
        }

        @Override
        public void needLabels() {
        }
    });
    private final RouteFeed feed = new RouteFeed(lib);

    private static RedistributedRoute route(Op op, RouteType type, String prefix, String gateway, int ifindex) {
        Fec f = Fec.parse(prefix);
        RedistributedRoute.Builder b = RedistributedRoute.newBuilder().setOp(op).setType(type)
                .setPrefix(IpPrefixes.of(Ipv4.bytes(f.address()), f.length()));
        Nexthop.Builder n = Nexthop.newBuilder().setIfindex(ifindex);
        if (gateway != null) {
            n.setGateway(ByteString.copyFrom(Ipv4.bytes(Ipv4.parse(gateway))));
        }
        return b.addNexthops(n).build();
    }

    private void apply(RedistributedRoute... routes) {
        feed.apply(RedistributedRouteBatch.newBuilder().addAllRoutes(List.of(routes)).build());
    }

    @Test
    void theRoutesComeBackAfterTheLibIsCleared() {
        lib.policy(false, Set.of(2));
        labels.addChunk(16, 79);
        apply(route(Op.OP_ADD, RouteType.ROUTE_TYPE_CONNECTED, "10.254.0.0/30", null, 2),
                route(Op.OP_ADD, RouteType.ROUTE_TYPE_STATIC, "10.1.0.0/24", "10.254.0.2", 2),
                route(Op.OP_ADD, RouteType.ROUTE_TYPE_STATIC, "10.1.1.0/24", "10.254.0.2", 2),
                route(Op.OP_DELETE, RouteType.ROUTE_TYPE_STATIC, "10.1.1.0/24", "10.254.0.2", 2));
        assertEquals(LabelBase.IMPLICIT_NULL, lib.node(Fec.parse("10.254.0.0/30")).localLabel());
        assertEquals(16, lib.node(Fec.parse("10.1.0.0/24")).localLabel());

        lib.clear();
        assertNull(lib.node(Fec.parse("10.1.0.0/24")));
        feed.replay();
        assertEquals(LabelBase.IMPLICIT_NULL, lib.node(Fec.parse("10.254.0.0/30")).localLabel());
        FecNode n = lib.node(Fec.parse("10.1.0.0/24"));
        assertNotNull(n);
        assertEquals(List.of(new dev.ferry.ldpd.label.FecNexthop(Ipv4.parse("10.254.0.2"), 2)), n.nexthops());
        assertNull(lib.node(Fec.parse("10.1.1.0/24")), "a deleted route stays deleted");
    }
}
