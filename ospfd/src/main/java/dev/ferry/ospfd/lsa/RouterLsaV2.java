package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * OSPFv2 Router-LSA, LS type 1 (RFC 2328 A.4.2): the router's links in one area.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    0    |V|E|B|        0      |            # links            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          Link ID                              |
 * |                         Link Data                             |
 * |     Type      |     # TOS     |            metric             |
 * |      TOS      |        0      |          TOS  metric          |  (# TOS times)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param flags the whole first byte (V, E, B and RFC 3101's Nt), kept as received
 */
public record RouterLsaV2(int flags, List<Link> links) implements LsaBody {
    public static final int FLAG_B = 0x01;
    public static final int FLAG_E = 0x02;
    public static final int FLAG_V = 0x04;
    public static final int FLAG_NT = 0x10;

    public static final int POINT_TO_POINT = 1;
    public static final int TRANSIT = 2;
    public static final int STUB = 3;
    public static final int VIRTUAL = 4;

    /**
     * One link. Link ID and Link Data depend on the type: point-to-point (neighbor's router id, interface
     * address or ifindex), transit (DR's address, interface address), stub (network, mask), virtual (neighbor's
     * router id, interface address).
     */
    public record Link(int linkId, int linkData, int type, int metric, List<TosMetric> tos) {
        public Link {
            tos = List.copyOf(tos);
        }

        public Link(int linkId, int linkData, int type, int metric) {
            this(linkId, linkData, type, metric, List.of());
        }

        @Override
        public String toString() {
            return "Link[type " + type + " id " + RouterIds.format(linkId) + " data " + RouterIds.format(linkData)
                    + " metric " + metric + (tos.isEmpty() ? "" : " tos " + tos) + "]";
        }
    }

    public RouterLsaV2 {
        links = List.copyOf(links);
    }

    public boolean isAreaBorder() {
        return (flags & FLAG_B) != 0;
    }

    public boolean isAsBoundary() {
        return (flags & FLAG_E) != 0;
    }

    public boolean isVirtualLinkEndpoint() {
        return (flags & FLAG_V) != 0;
    }

    static RouterLsaV2 decode(WireReader r) throws DecodeException {
        int flags = r.u8("router flags");
        r.skip(1, "router LSA reserved");
        int count = r.u16("# links");
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = r.u32("Link ID");
            int data = r.u32("Link Data");
            int type = r.u8("link type");
            int tosCount = r.u8("# TOS");
            int metric = r.u16("link metric");
            List<TosMetric> tos = new ArrayList<>();
            for (int t = 0; t < tosCount; t++) {
                int code = r.u8("TOS");
                r.skip(1, "TOS reserved");
                tos.add(new TosMetric(code, r.u16("TOS metric")));
            }
            links.add(new Link(id, data, type, metric, tos));
        }
        return new RouterLsaV2(flags, links);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(flags).u8(0).u16(links.size());
        for (Link l : links) {
            w.u32(l.linkId()).u32(l.linkData()).u8(l.type()).u8(l.tos().size()).u16(l.metric());
            for (TosMetric t : l.tos()) {
                w.u8(t.tos()).u8(0).u16(t.metric());
            }
        }
    }
}
