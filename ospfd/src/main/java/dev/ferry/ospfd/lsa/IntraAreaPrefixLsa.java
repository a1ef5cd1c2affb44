package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv3 Intra-Area-Prefix-LSA, LS type 0x2009 (RFC 5340 A.4.10): the prefixes of a router (referencing its
 * Router-LSA, Link State ID 0) or of a transit link (referencing the DR's Network-LSA). SPF attaches them to the
 * vertex they reference; each prefix's 16-bit field is its metric.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         # Prefixes            |     Referenced LS Type        |
 * |                  Referenced Link State ID                     |
 * |               Referenced Advertising Router                   |
 * | PrefixLength  | PrefixOptions |          Metric               |  (repeated)
 * |                       Address Prefix                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record IntraAreaPrefixLsa(int referencedLsType, int referencedLinkStateId, int referencedAdvertisingRouter,
                                 List<Ospf6Prefix> prefixes) implements LsaBody {
    public IntraAreaPrefixLsa {
        prefixes = List.copyOf(prefixes);
    }

    static IntraAreaPrefixLsa decode(WireReader r) throws DecodeException {
        int count = r.u16("# Prefixes");
        int refType = r.u16("Referenced LS Type");
        int refId = r.u32("Referenced Link State ID");
        int refAdv = r.u32("Referenced Advertising Router");
        List<Ospf6Prefix> prefixes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            prefixes.add(Ospf6Prefix.decode(r));
        }
        return new IntraAreaPrefixLsa(refType, refId, refAdv, prefixes);
    }

    /** The LSA the prefixes belong to. */
    public LsaKey referenced() {
        return new LsaKey(referencedLsType, referencedLinkStateId, referencedAdvertisingRouter);
    }

    @Override
    public void encode(WireWriter w) {
        w.u16(prefixes.size()).u16(referencedLsType).u32(referencedLinkStateId).u32(referencedAdvertisingRouter);
        for (Ospf6Prefix p : prefixes) {
            p.encode(w);
        }
    }

    @Override
    public String toString() {
        return "IntraAreaPrefixLsa[ref type 0x" + Integer.toHexString(referencedLsType) + " id "
                + RouterIds.format(referencedLinkStateId) + " adv " + RouterIds.format(referencedAdvertisingRouter)
                + " prefixes " + prefixes + "]";
    }
}
