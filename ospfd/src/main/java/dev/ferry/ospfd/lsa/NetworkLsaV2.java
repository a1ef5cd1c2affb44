package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv2 Network-LSA, LS type 2 (RFC 2328 A.4.3): originated by a transit network's DR, Link State ID = the DR's
 * interface address.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Network Mask                          |
 * |                        Attached Router                        |  (repeated)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record NetworkLsaV2(int networkMask, List<Integer> attachedRouters) implements LsaBody {
    public NetworkLsaV2 {
        attachedRouters = List.copyOf(attachedRouters);
    }

    static NetworkLsaV2 decode(WireReader r) throws DecodeException {
        int mask = r.u32("Network Mask");
        if (r.remaining() % 4 != 0) {
            throw new DecodeException(Reason.MALFORMED_LSA, "attached routers not a multiple of 4 bytes");
        }
        List<Integer> routers = new ArrayList<>();
        while (r.remaining() > 0) {
            routers.add(r.u32("Attached Router"));
        }
        return new NetworkLsaV2(mask, routers);
    }

    @Override
    public void encode(WireWriter w) {
        w.u32(networkMask);
        for (int id : attachedRouters) {
            w.u32(id);
        }
    }

    @Override
    public String toString() {
        return "NetworkLsaV2[mask " + RouterIds.format(networkMask) + " attached "
                + attachedRouters.stream().map(RouterIds::format).toList() + "]";
    }
}
