package dev.ferry.lib.zclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.InterfaceSubscribe;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Safi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's outbox packs operations into batches of 100 and keeps their order. */
class ZebraClientOutboxTest {
    static final TableKey V4 = new TableKey("", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
    static final TableKey V6 = new TableKey("", Afi.AFI_IPV6, Safi.SAFI_UNICAST);
    static final TableKey RED = new TableKey("RED", Afi.AFI_IPV4, Safi.SAFI_UNICAST);

    static Route route(int i) {
        byte[] a = {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i};
        return Route.newBuilder().setId(i + 1).setOp(Op.OP_ADD)
                .setPrefix(IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(32)).build();
    }

    static List<ClientMessage> drain(Outbox o) {
        List<ClientMessage> out = new ArrayList<>();
        for (ClientMessage m; (m = o.poll()) != null; ) {
            out.add(m);
        }
        return out;
    }

    @Test
    void fullBatchesAreSealedAtOnceAndThePartialOneOnSeal() {
        Outbox o = new Outbox(100);
        for (int i = 0; i < 250; i++) {
            o.route(V4, route(i));
        }
        assertEquals(2, o.sealedCount());
        assertTrue(o.hasOpen());
        o.sealOpen();
        List<ClientMessage> sent = drain(o);
        assertEquals(List.of(100, 100, 50), sent.stream().map(m -> m.getRoutes().getRoutesCount()).toList());
        assertEquals(1, sent.get(0).getRoutes().getRoutes(0).getId());
        assertEquals(250, sent.get(2).getRoutes().getRoutes(49).getId());
        assertFalse(o.hasOpen());
        assertNull(o.poll());
    }

    @Test
    void aNewTableOrAnotherKindOfMessageClosesTheBatch() {
        Outbox o = new Outbox(100);
        o.route(V4, route(1));
        o.route(V4, route(2));
        o.route(V6, route(3));
        o.route(RED, route(4));
        o.message(ClientMessage.newBuilder().setInterfaceSubscribe(InterfaceSubscribe.getDefaultInstance())
                .build());
        o.lsp(Lsp.newBuilder().setId(9).setInLabel(17).build());
        o.route(RED, route(5));
        o.sealOpen();
        List<String> shape = drain(o).stream().map(m -> switch (m.getBodyCase()) {
            case ROUTES -> m.getRoutes().getVrf() + "/" + m.getRoutes().getAfi() + "x" + m.getRoutes().getRoutesCount();
            case LSPS -> "lsps x" + m.getLsps().getLspsCount();
            default -> m.getBodyCase().toString();
        }).toList();
        assertEquals(List.of("/AFI_IPV4x2", "/AFI_IPV6x1", "RED/AFI_IPV4x1", "INTERFACE_SUBSCRIBE", "lsps x1",
                "RED/AFI_IPV4x1"), shape);
    }

    @Test
    void clearDropsEverything() {
        Outbox o = new Outbox(2);
        for (int i = 0; i < 5; i++) {
            o.route(V4, route(i));
        }
        o.clear();
        assertFalse(o.hasOpen());
        assertFalse(o.hasSealed());
    }
}
