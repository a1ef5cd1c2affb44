package dev.ferry.lib.zclient;

import static dev.ferry.lib.zclient.ZebraClientOutboxTest.RED;
import static dev.ferry.lib.zclient.ZebraClientOutboxTest.V4;
import static dev.ferry.lib.zclient.ZebraClientOutboxTest.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the client keeps for a reconnection, and how results find their route. */
class ZebraClientStateTest {

    private static Route withId(DesiredState s, int i) {
        return ZebraClientOutboxTest.route(i).toBuilder().setId(s.nextId()).build();
    }

    @Test
    void replaySendsSubscriptionsChunksRoutesLspsNexthopsThenRoutesComplete() {
        DesiredState s = new DesiredState();
        for (int i = 0; i < 150; i++) {
            s.routes.add(V4, withId(s, i));
        }
        s.routes.add(RED, withId(s, 1000));
        s.routes.delete(RouteKey.of(V4, ZebraClientOutboxTest.route(0)), s.nextId());
        s.lsps.add(Lsp.newBuilder().setId(s.nextId()).setOp(Op.OP_ADD).setInLabel(17).build());
        s.registrations.subscribeInterfaces();
        s.registrations.subscribeRouterId("", Afi.AFI_IPV4);
        s.registrations.subscribeRedistribute(RedistributeSubscribe.newBuilder().setAfi(Afi.AFI_IPV4)
                .setType(RouteType.ROUTE_TYPE_OSPF).build());
        s.registrations.registerNexthop(TrackedNexthop.newBuilder().setAddress(ByteString.copyFrom(
                new byte[] {2, 2, 2, 2})).build());
        long req = s.chunks.requestLabels(s.nextId(), 64, 0, false).getRequestId();
        s.chunks.answered(LabelChunk.newBuilder().setRequestId(req).setStart(16).setEnd(79).build());

        Outbox o = new Outbox(100);
        s.replay(o, 100);
        List<ClientMessage> sent = drain(o);
        List<String> shape = sent.stream().map(m -> switch (m.getBodyCase()) {
            case ROUTES -> "routes " + m.getRoutes().getVrf() + " x" + m.getRoutes().getRoutesCount();
            case LSPS -> "lsps x" + m.getLsps().getLspsCount();
            case LABEL_CHUNK_REQUEST -> "labels " + m.getLabelChunkRequest().getBase() + "+"
                    + m.getLabelChunkRequest().getSize();
            default -> m.getBodyCase().toString();
        }).toList();
        assertEquals(List.of("INTERFACE_SUBSCRIBE", "ROUTER_ID_SUBSCRIBE", "REDISTRIBUTE_SUBSCRIBE", "labels 16+64",
                "routes  x100", "routes  x49", "routes RED x1", "lsps x1", "NEXTHOP_REGISTER", "ROUTES_COMPLETE"),
                shape);
    }

    @Test
    void resultsNameTheCurrentRouteAndADeleteOnlyOnce() {
        DesiredState s = new DesiredState();
        Route first = withId(s, 1);
        s.routes.add(V4, first);
        RouteKey key = RouteKey.of(V4, first);
        assertEquals(key, s.routes.resultFor(first.getId()));

        Route second = withId(s, 1);
        s.routes.add(V4, second);
        assertNull(s.routes.resultFor(first.getId()), "replaced: its results are stale");
        assertEquals(key, s.routes.resultFor(second.getId()));
        assertEquals(1, s.routes.size());

        Route delete = s.routes.delete(key, s.nextId());
        assertEquals(Op.OP_DELETE, delete.getOp());
        assertFalse(delete.hasSrcPrefix());
        assertEquals(0, s.routes.size());
        assertNull(s.routes.resultFor(second.getId()));
        assertEquals(key, s.routes.resultFor(delete.getId()));
        assertNull(s.routes.resultFor(delete.getId()), "a delete has one result");
        assertNull(s.routes.delete(key, s.nextId()), "nothing left to delete");
    }

    @Test
    void registrationsIgnoreRepeats() {
        Registrations r = new Registrations();
        TrackedNexthop n = TrackedNexthop.newBuilder().setAddress(ByteString.copyFrom(new byte[] {1, 1, 1, 1}))
                .build();
        assertTrue(r.registerNexthop(n));
        assertFalse(r.registerNexthop(n));
        assertTrue(r.registerNexthop(n.toBuilder().setConnectedOnly(true).build()), "new flags");
        assertEquals(1, r.nexthopCount());
        assertTrue(r.subscribeInterfaces());
        assertFalse(r.subscribeInterfaces());
        assertTrue(r.unregisterNexthop("", n.getAddress()));
        assertFalse(r.unregisterNexthop("", n.getAddress()));
    }

    @Test
    void backoffDoublesUpToItsCapAndResets() {
        Backoff b = new Backoff(100, 500);
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L),
                List.of(b.nextDelay(), b.nextDelay(), b.nextDelay(), b.nextDelay(), b.nextDelay()));
        b.reset();
        assertEquals(100, b.nextDelay());
    }
}
