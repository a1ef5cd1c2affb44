package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;

/**
 * OSPFv3 Inter-Area-Router-LSA, LS type 0x2004 (RFC 5340 A.4.6): an ABR's route to an ASBR in another area (the
 * v2 type 4).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      0        |                 Options                       |
 * |      0        |                 Metric                        |
 * |                    Destination Router ID                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record InterAreaRouterLsa(int options, int metric, int destinationRouterId) implements LsaBody {
    static InterAreaRouterLsa decode(WireReader r) throws DecodeException {
        r.skip(1, "inter-area-router reserved");
        int options = r.u24("options");
        r.skip(1, "inter-area-router reserved");
        return new InterAreaRouterLsa(options, r.u24("metric"), r.u32("Destination Router ID"));
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(0).u24(options).u8(0).u24(metric).u32(destinationRouterId);
    }

    @Override
    public String toString() {
        return "InterAreaRouterLsa[options 0x" + Integer.toHexString(options) + " metric " + metric + " router "
                + RouterIds.format(destinationRouterId) + "]";
    }
}
