package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.packet.FrrCaptures;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.RouterIds;

/** LSAs that FRR 8.4 flooded in the recorded OSPFv2 adjacency (PE1 1.1.1.1 at 10.1.1.2, PR 9.9.9.9 as DR). */
final class FrrFloodedLsas {
    private FrrFloodedLsas() {
    }

    /** The LSA of the given type, advertising router and sequence number carried in the given frame. */
    static Lsa find(int frame, int type, String advertisingRouter, int sequence) {
        LinkStateUpdate u = (LinkStateUpdate) OspfPacketCodec.decode(FrrCaptures.frame(FrrCaptures.V2, frame)
                .payload()).value().body();
        int adv = RouterIds.parse(advertisingRouter);
        return u.lsas().stream()
                .filter(l -> l.header().type() == type && l.header().advertisingRouter() == adv
                        && l.header().sequence() == sequence)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type " + type + " LSA of " + advertisingRouter + " seq 0x"
                        + Integer.toHexString(sequence) + " in frame " + frame));
    }
}
