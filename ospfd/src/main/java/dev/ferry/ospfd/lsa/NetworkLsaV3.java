package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv3 Network-LSA, LS type 0x2002 (RFC 5340 A.4.4): originated by the DR, Link State ID = the DR's interface
 * id on the link. No mask: the link's prefixes are in an Intra-Area-Prefix-LSA that references this one.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      0        |              Options                          |
 * |                        Attached Router                        |  (repeated)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record NetworkLsaV3(int options, List<Integer> attachedRouters) implements LsaBody {
    public NetworkLsaV3 {
        attachedRouters = List.copyOf(attachedRouters);
    }

    static NetworkLsaV3 decode(WireReader r) throws DecodeException {
        r.skip(1, "network reserved");
        int options = r.u24("network options");
        if (r.remaining() % 4 != 0) {
            throw new DecodeException(Reason.MALFORMED_LSA, "attached routers not a multiple of 4 bytes");
        }
        List<Integer> routers = new ArrayList<>();
        while (r.remaining() > 0) {
            routers.add(r.u32("Attached Router"));
        }
        return new NetworkLsaV3(options, routers);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(0).u24(options);
        for (int id : attachedRouters) {
            w.u32(id);
        }
    }

    @Override
    public String toString() {
        return "NetworkLsaV3[options 0x" + Integer.toHexString(options) + " attached "
                + attachedRouters.stream().map(RouterIds::format).toList() + "]";
    }
}
