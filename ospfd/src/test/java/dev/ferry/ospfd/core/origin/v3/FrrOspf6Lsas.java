package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;

/**
 * LSAs that FRR 8.4's ospf6d flooded in the recorded F1/F2 lab (F1 10.255.0.1, BDR on eth0; F2 10.255.0.2, DR;
 * both with a /128 on lo, eth0 with link-local addresses only).
 */
final class FrrOspf6Lsas {
    private FrrOspf6Lsas() {
    }

    /** The LSA of the given type, advertising router and sequence number carried in the given frame. */
    static Lsa find(int frame, int type, String advertisingRouter, int sequence) {
        int adv = RouterIds.parse(advertisingRouter);
        return update(frame).stream()
                .filter(l -> l.header().type() == type && l.header().advertisingRouter() == adv
                        && l.header().sequence() == sequence)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type 0x" + Integer.toHexString(type) + " LSA of "
                        + advertisingRouter + " seq 0x" + Integer.toHexString(sequence) + " in frame " + frame));
    }

    /** Every LSA of every Link State Update of the capture. */
    static List<Lsa> all() {
        return FrrCaptures.ospf(FrrCaptures.V3).stream()
                .map(c -> OspfPacketCodec.decode(c.payload()).value().body())
                .filter(b -> b instanceof LinkStateUpdate)
                .flatMap(b -> ((LinkStateUpdate) b).lsas().stream())
                .toList();
    }

    private static List<Lsa> update(int frame) {
        return ((LinkStateUpdate) OspfPacketCodec.decode(FrrCaptures.frame(FrrCaptures.V3, frame).payload())
                .value().body()).lsas();
    }
}
