package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv2 AS-external-LSA, LS type 5 (RFC 2328 A.4.5), and NSSA-LSA, type 7 (RFC 3101 2.3: same layout). The
 * first route is TOS 0; further ones are per-TOS.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Network Mask                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |E|    TOS      |                  metric                       |
 * |                      Forwarding address                       |  (repeated)
 * |                      External Route Tag                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ExternalLsaV2(int networkMask, List<Route> routes) implements LsaBody {

    /**
     * One metric entry.
     *
     * @param type2 the E bit: a type 2 metric, larger than any internal cost
     */
    public record Route(boolean type2, int tos, int metric, int forwardingAddress, int routeTag) {
        @Override
        public String toString() {
            return "Route[E" + (type2 ? 2 : 1) + " tos " + tos + " metric " + metric + " fwd "
                    + RouterIds.format(forwardingAddress) + " tag " + Integer.toUnsignedString(routeTag) + "]";
        }
    }

    public ExternalLsaV2 {
        routes = List.copyOf(routes);
    }

    /** The TOS 0 route, or null if the LSA carries none. */
    public Route route() {
        return routes.isEmpty() ? null : routes.getFirst();
    }

    static ExternalLsaV2 decode(WireReader r) throws DecodeException {
        int mask = r.u32("Network Mask");
        if (r.remaining() == 0 || r.remaining() % 12 != 0) {
            throw new DecodeException(Reason.MALFORMED_LSA, "external routes not a non-zero multiple of 12 bytes");
        }
        List<Route> routes = new ArrayList<>();
        while (r.remaining() > 0) {
            int eTos = r.u8("E/TOS");
            routes.add(new Route((eTos & 0x80) != 0, eTos & 0x7f, r.u24("external metric"),
                    r.u32("Forwarding address"), r.u32("External Route Tag")));
        }
        return new ExternalLsaV2(mask, routes);
    }

    @Override
    public void encode(WireWriter w) {
        w.u32(networkMask);
        for (Route route : routes) {
            w.u8((route.type2() ? 0x80 : 0) | (route.tos() & 0x7f)).u24(route.metric())
                    .u32(route.forwardingAddress()).u32(route.routeTag());
        }
    }

    @Override
    public String toString() {
        return "ExternalLsaV2[mask " + RouterIds.format(networkMask) + " " + routes + "]";
    }
}
