package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;

/**
 * OSPFv3 Inter-Area-Prefix-LSA, LS type 0x2003 (RFC 5340 A.4.5): an ABR's summary of a prefix in another area
 * (the v2 type 3).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      0        |                  Metric                       |
 * | PrefixLength  | PrefixOptions |              0                |
 * |                        Address Prefix                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record InterAreaPrefixLsa(int metric, Ospf6Prefix prefix) implements LsaBody {
    static InterAreaPrefixLsa decode(WireReader r) throws DecodeException {
        r.skip(1, "inter-area-prefix reserved");
        int metric = r.u24("metric");
        return new InterAreaPrefixLsa(metric, Ospf6Prefix.decode(r));
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(0).u24(metric);
        prefix.encode(w);
    }
}
