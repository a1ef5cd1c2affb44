package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.nlri.Ipv4Addresses;

/**
 * One extended community (RFC 4360) held as a long: type, subtype, then 6 value bytes. Route targets and
 * sites of origin of the three common types are understood; anything else stays raw.
 * <pre>
 * +----------+----------+---------------------------------------------+
 * | type (1) | sub (1)  | value (6)                                   |
 * +----------+----------+---------------------------------------------+
 * type 0x00: 2-byte AS + 4-byte number; 0x01: IPv4 + 2-byte number; 0x02: 4-byte AS + 2-byte number
 * </pre>
 */
public final class ExtendedCommunity {
    public static final int TYPE_AS2 = 0x00;
    public static final int TYPE_IPV4 = 0x01;
    public static final int TYPE_AS4 = 0x02;
    public static final int SUBTYPE_ROUTE_TARGET = 0x02;
    public static final int SUBTYPE_ROUTE_ORIGIN = 0x03;

    private ExtendedCommunity() {
    }

    public static int type(long ec) {
        return (int) (ec >>> 56) & 0xff;
    }

    public static int subtype(long ec) {
        return (int) (ec >>> 48) & 0xff;
    }

    /** The route target as the configuration writes it (type 0 for a 2-byte AS, 2 above, 1 for an IPv4 admin). */
    public static long routeTarget(RouteTarget rt) {
        int type = rt.ipv4Administrator() ? TYPE_IPV4 : rt.administrator() > 0xffff ? TYPE_AS4 : TYPE_AS2;
        return encode(type, SUBTYPE_ROUTE_TARGET, rt.administrator(), rt.assigned());
    }

    private static long encode(int type, int subtype, long admin, long assigned) {
        long head = ((long) type << 56) | ((long) subtype << 48);
        return type == TYPE_AS2 ? head | ((admin & 0xffff) << 32) | (assigned & 0xffffffffL)
                : head | ((admin & 0xffffffffL) << 16) | (assigned & 0xffff);
    }

    public static boolean isRouteTarget(long ec) {
        return subtype(ec) == SUBTYPE_ROUTE_TARGET && type(ec) <= TYPE_AS4;
    }

    /** The route target this community carries, or null if it is not one. */
    public static RouteTarget toRouteTarget(long ec) {
        if (!isRouteTarget(ec)) {
            return null;
        }
        return type(ec) == TYPE_AS2 ? new RouteTarget(false, (ec >>> 32) & 0xffff, ec & 0xffffffffL)
                : new RouteTarget(type(ec) == TYPE_IPV4, (ec >>> 16) & 0xffffffffL, ec & 0xffff);
    }

    /** FRR's display form: "RT:10:100", "SoO:1.1.1.1:5", others as raw hex. */
    public static String format(long ec) {
        int type = type(ec);
        int sub = subtype(ec);
        if (type <= TYPE_AS4 && (sub == SUBTYPE_ROUTE_TARGET || sub == SUBTYPE_ROUTE_ORIGIN)) {
            String tag = sub == SUBTYPE_ROUTE_TARGET ? "RT:" : "SoO:";
            return switch (type) {
                case TYPE_AS2 -> tag + ((ec >>> 32) & 0xffff) + ":" + (ec & 0xffffffffL);
                case TYPE_IPV4 -> tag + Ipv4Addresses.format((int) (ec >>> 16)) + ":" + (ec & 0xffff);
                default -> tag + ((ec >>> 16) & 0xffffffffL) + ":" + (ec & 0xffff);
            };
        }
        return String.format("0x%016x", ec);
    }
}
