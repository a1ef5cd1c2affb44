package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv2 Summary-LSA, LS types 3 (network: Link State ID = network, mask) and 4 (ASBR: Link State ID = the
 * ASBR's router id, mask 0) (RFC 2328 A.4.4).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Network Mask                          |
 * |      0        |                  metric                       |
 * |     TOS       |                TOS  metric                    |  (repeated)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record SummaryLsaV2(int networkMask, int metric, List<TosMetric> tos) implements LsaBody {
    /** RFC 2328 B: a metric of LSInfinity makes the destination unreachable. */
    public static final int LS_INFINITY = 0xffffff;

    public SummaryLsaV2 {
        tos = List.copyOf(tos);
    }

    public SummaryLsaV2(int networkMask, int metric) {
        this(networkMask, metric, List.of());
    }

    static SummaryLsaV2 decode(WireReader r) throws DecodeException {
        int mask = r.u32("Network Mask");
        r.skip(1, "summary reserved");
        int metric = r.u24("summary metric");
        if (r.remaining() % 4 != 0) {
            throw new DecodeException(Reason.MALFORMED_LSA, "TOS metrics not a multiple of 4 bytes");
        }
        List<TosMetric> tos = new ArrayList<>();
        while (r.remaining() > 0) {
            tos.add(new TosMetric(r.u8("TOS"), r.u24("TOS metric")));
        }
        return new SummaryLsaV2(mask, metric, tos);
    }

    @Override
    public void encode(WireWriter w) {
        w.u32(networkMask).u8(0).u24(metric);
        for (TosMetric t : tos) {
            w.u8(t.tos()).u24(t.metric());
        }
    }

    @Override
    public String toString() {
        return "SummaryLsaV2[mask " + RouterIds.format(networkMask) + " metric " + metric
                + (tos.isEmpty() ? "" : " tos " + tos) + "]";
    }
}
