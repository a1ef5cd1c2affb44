package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * Wraps a self-originated OSPFv3 body into a complete LSA: age 0, the given sequence number, our router id.
 * OSPFv3 headers carry no options (they are in the bodies). {@link Lsa#build} fills in length and checksum.
 */
public final class V3SelfLsa {
    private V3SelfLsa() {
    }

    public static Lsa header(PlannedLsa planned, int advertisingRouter, int sequence) {
        LsaHeader h = new LsaHeader(OspfVersion.V3, 0, 0, planned.type(), planned.linkStateId(), advertisingRouter,
                sequence, 0, 0);
        return Lsa.build(h, planned.body());
    }
}
