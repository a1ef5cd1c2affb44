package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv3 Router-LSA, LS type 0x2001 (RFC 5340 A.4.3): topology only, no addresses; a router may split its links
 * over several of them (any Link State ID).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  0  |Nt|x|V|E|B|            Options                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |       0       |          Metric               |
 * |                      Interface ID                             |  (repeated)
 * |                   Neighbor Interface ID                       |
 * |                    Neighbor Router ID                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param flags the whole first byte, kept as received
 * @param options 24 bits
 */
public record RouterLsaV3(int flags, int options, List<Link> links) implements LsaBody {
    public static final int FLAG_B = 0x01;
    public static final int FLAG_E = 0x02;
    public static final int FLAG_V = 0x04;
    public static final int FLAG_NT = 0x10;

    public static final int POINT_TO_POINT = 1;
    public static final int TRANSIT = 2;
    public static final int VIRTUAL = 4;

    /** One interface; for a transit link the neighbor is the DR and its interface id names the Network-LSA. */
    public record Link(int type, int metric, int interfaceId, int neighborInterfaceId, int neighborRouterId) {
        @Override
        public String toString() {
            return "Link[type " + type + " metric " + metric + " if " + interfaceId + " nbr if " + neighborInterfaceId
                    + " nbr " + RouterIds.format(neighborRouterId) + "]";
        }
    }

    public RouterLsaV3 {
        links = List.copyOf(links);
    }

    public boolean isAreaBorder() {
        return (flags & FLAG_B) != 0;
    }

    public boolean isAsBoundary() {
        return (flags & FLAG_E) != 0;
    }

    static RouterLsaV3 decode(WireReader r) throws DecodeException {
        int flags = r.u8("router flags");
        int options = r.u24("router options");
        if (r.remaining() % 16 != 0) {
            throw new DecodeException(Reason.MALFORMED_LSA, "router interfaces not a multiple of 16 bytes");
        }
        List<Link> links = new ArrayList<>();
        while (r.remaining() > 0) {
            int type = r.u8("interface type");
            r.skip(1, "interface reserved");
            links.add(new Link(type, r.u16("metric"), r.u32("Interface ID"), r.u32("Neighbor Interface ID"),
                    r.u32("Neighbor Router ID")));
        }
        return new RouterLsaV3(flags, options, links);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(flags).u24(options);
        for (Link l : links) {
            w.u8(l.type()).u8(0).u16(l.metric()).u32(l.interfaceId()).u32(l.neighborInterfaceId())
                    .u32(l.neighborRouterId());
        }
    }
}
