package dev.ferry.lib.zclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Packed routes (API 1.3): with a zebra that reads Route.more_prefixes, the outbox sends routes that differ only
 * by prefix as one, and nothing else.
 */
class RouteRunTest {
    private static final Nexthop GATEWAY = Nexthop.newBuilder()
            .setGateway(ByteString.copyFrom(new byte[] {10, 9, 9, 1})).build();

    private static IpPrefix prefix(int i) {
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(new byte[] {11, (byte) (i >> 8), (byte) i, 0}))
                .setLength(24).build();
    }

    private static Route route(int id, int i) {
        return Route.newBuilder().setId(id).setOp(Op.OP_ADD).setPrefix(prefix(i)).setDistance(20)
                .addNexthops(GATEWAY).build();
    }

    private static List<Route> sent(Outbox o) {
        o.sealOpen();
        List<Route> out = new ArrayList<>();
        for (ClientMessage m; (m = o.poll()) != null; ) {
            out.addAll(m.getRoutes().getRoutesList());
        }
        return out;
    }

    /** Every field but the id, the prefix and the packing itself, changed alone, keeps two routes apart. */
    @Test
    void routesThatDifferInAnyOtherFieldAreNotTheSame() {
        Route base = route(1, 1);
        Set<Integer> notCompared = Set.of(Route.ID_FIELD_NUMBER, Route.PREFIX_FIELD_NUMBER,
                Route.MORE_PREFIXES_FIELD_NUMBER);
        int checked = 0;
        for (FieldDescriptor f : Route.getDescriptor().getFields()) {
            if (notCompared.contains(f.getNumber())) {
                continue;
            }
            Route.Builder other = base.toBuilder();
            if (f.isRepeated()) {
                other.addRepeatedField(f, Nexthop.newBuilder().setIfindex(7).build());
            } else {
                other.setField(f, switch (f.getJavaType()) {
                    case INT, LONG -> f.getJavaType() == FieldDescriptor.JavaType.INT ? (Object) 77 : (Object) 77L;
                    case BOOLEAN -> true;
                    case BYTE_STRING -> ByteString.copyFrom(new byte[] {10, 0, 0, 1});
                    case ENUM -> Op.OP_DELETE.getValueDescriptor();
                    case MESSAGE -> prefix(99);
                    default -> throw new AssertionError("a field of a new kind: " + f.getFullName());
                });
            }
            assertFalse(RouteRun.sameExceptPrefix(base, other.setId(2).setPrefix(prefix(2)).build()),
                    f.getName() + " differs");
            checked++;
        }
        assertEquals(Route.getDescriptor().getFields().size() - 3, checked);
        assertTrue(RouteRun.sameExceptPrefix(base, route(2, 2)));
    }

    @Test
    void aRunOfRoutesThatDifferByPrefixGoesAsOneAndCountsAsAllItsOperations() {
        Outbox o = new Outbox(100);
        o.packRoutes(true);
        for (int i = 0; i < 250; i++) {
            o.route(ZebraClientOutboxTest.V4, route(i + 1, i));
        }
        assertEquals(2, o.sealedCount(), "a batch still holds 100 operations");
        List<Route> sent = sent(o);
        assertEquals(3, sent.size());
        assertEquals(List.of(1L, 101L, 201L), sent.stream().map(Route::getId).toList());
        assertEquals(prefix(0), sent.get(0).getPrefix());
        // 99 more /24s of 3 address bytes and a length byte each
        assertEquals(99 * 4, sent.get(0).getMorePrefixes().size());
        assertEquals(49 * 4, sent.get(2).getMorePrefixes().size());
        assertEquals(route(101, 100).getNexthopsList(), sent.get(1).getNexthopsList());
    }

    @Test
    void aRouteThatCannotFollowStartsARunOfItsOwn() {
        Outbox o = new Outbox(100);
        o.packRoutes(true);
        o.route(ZebraClientOutboxTest.V4, route(1, 1));
        o.route(ZebraClientOutboxTest.V4, route(2, 2));
        o.route(ZebraClientOutboxTest.V4, route(4, 3)); // not the next id
        o.route(ZebraClientOutboxTest.V4, route(5, 4).toBuilder().setMetric(9).build()); // another attribute
        o.route(ZebraClientOutboxTest.V4, route(6, 5).toBuilder().setMetric(9).setPrefix(prefix(5).toBuilder()
                .setLength(16)).build()); // would follow 5, but has a host bit past its 2 bytes
        o.route(ZebraClientOutboxTest.V4, route(7, 6));
        List<Route> sent = sent(o);
        assertEquals(List.of(1L, 4L, 5L, 6L, 7L), sent.stream().map(Route::getId).toList());
        assertEquals(4, sent.get(0).getMorePrefixes().size());
        assertTrue(sent.get(1).getMorePrefixes().isEmpty());
    }

    @Test
    void routesMadeFromOneAttributesObjectPackWithoutAMessageEach() {
        Outbox o = new Outbox(100);
        o.packRoutes(true);
        Route attributes = Route.newBuilder().setDistance(20).setMetric(7).addNexthops(GATEWAY).build();
        for (int i = 0; i < 3; i++) {
            o.route(ZebraClientOutboxTest.V4, attributes, new byte[] {11, 0, (byte) i, 0}, 24, i + 1);
        }
        Route equalButAnother = attributes.toBuilder().build(); // compared field by field, and still packs
        o.route(ZebraClientOutboxTest.V4, equalButAnother, new byte[] {11, 0, 3, 0}, 24, 4);
        o.route(ZebraClientOutboxTest.V4, attributes.toBuilder().setMetric(8).build(), new byte[] {11, 0, 4, 0}, 24,
                5);
        List<Route> sent = sent(o);
        assertEquals(2, sent.size());
        Route head = sent.get(0);
        assertEquals(1, head.getId());
        assertEquals(Op.OP_ADD, head.getOp());
        assertEquals(prefix(0), head.getPrefix());
        assertEquals(7, head.getMetric());
        assertEquals("18 0b 00 01 18 0b 00 02 18 0b 00 03",
                java.util.HexFormat.ofDelimiter(" ").formatHex(head.getMorePrefixes().toByteArray()));
        assertEquals(5, sent.get(1).getId());
        assertEquals(prefix(4), sent.get(1).getPrefix());
    }

    @Test
    void withoutPackingEveryRouteGoesAsItIs() {
        Outbox o = new Outbox(100);
        for (int i = 0; i < 5; i++) {
            o.route(ZebraClientOutboxTest.V4, route(i + 1, i));
        }
        List<Route> sent = sent(o);
        assertEquals(5, sent.size());
        assertTrue(sent.stream().allMatch(r -> r.getMorePrefixes().isEmpty()));
    }
}
