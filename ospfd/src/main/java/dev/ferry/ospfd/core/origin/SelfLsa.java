package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * Wraps a self-originated body into a complete OSPFv2 LSA: age 0, the given sequence number, and the options FRR
 * puts there: E (0x02) in normal areas and on AS-external-LSAs, nothing in stub areas (RFC 2328 A.2: E clear
 * means the area does not carry externals). {@link Lsa#build} fills in length and Fletcher checksum.
 */
public final class SelfLsa {
    /** RFC 2328 A.2: the E bit of the options field. */
    public static final int OPTION_E = 0x02;

    private SelfLsa() {
    }

    public static Lsa header(int type, int linkStateId, int advertisingRouter, int sequence, LsaBody body,
                             boolean stubArea) {
        int options = type == LsaTypes.V2_AS_EXTERNAL || !stubArea ? OPTION_E : 0;
        LsaHeader h = new LsaHeader(OspfVersion.V2, 0, options, type, linkStateId, advertisingRouter, sequence, 0, 0);
        return Lsa.build(h, body);
    }

    public static Lsa header(PlannedLsa planned, int advertisingRouter, int sequence, boolean stubArea) {
        return header(planned.type(), planned.linkStateId(), advertisingRouter, sequence, planned.body(), stubArea);
    }
}
