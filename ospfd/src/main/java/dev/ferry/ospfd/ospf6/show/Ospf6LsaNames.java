package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.RouterIds;

/**
 * ospf6d's names of LSA types, from the handler registered for each function code (lh_name, lh_short_name in
 * ospf6_intra.c, ospf6_abr.c, ospf6_asbr.c, ospf6_gr_helper.c; ospf6_lstype_name in ospf6_lsa.c).
 */
public final class Ospf6LsaNames {
    /** OSPF6_LSTYPE_GRACE_LSA (RFC 5187): a handler exists for it, though the codec keeps it opaque. */
    static final int GRACE = 0x000b;
    /** OSPF6_LSTYPE_SIZE: function codes at or above it have no handler. */
    static final int TYPE_SLOTS = 0x0c;

    private Ospf6LsaNames() {
    }

    /** lh_name; for a type without a handler ospf6_lstype_name prints "0x%04hx" of the whole type. */
    public static String name(int type) {
        return switch (type & 0x1fff) {
            case 1 -> "Router";
            case 2 -> "Network";
            case 3 -> "Inter-Prefix";
            case 4 -> "Inter-Router";
            case 5 -> "AS-External";
            case 7 -> "NSSA";
            case 8 -> "Link";
            case 9 -> "Intra-Prefix";
            case GRACE -> "Grace";
            default -> String.format("0x%04x", type & 0xffff);
        };
    }

    /** lh_short_name, the Type column of the database summary; "Unk" without a handler. */
    public static String shortName(int type) {
        return switch (type & 0x1fff) {
            case 1 -> "Rtr";
            case 2 -> "Net";
            case 3 -> "IAP";
            case 4 -> "IAR";
            case 5 -> "ASE";
            case 7 -> "Type7";
            case 8 -> "Lnk";
            case 9 -> "INP";
            case GRACE -> "GR";
            default -> "Unk";
        };
    }

    /** ospf6_lsa_printbuf, the lsa->name listed under queues: "[Router Id:0.0.0.0 Adv:10.0.0.1]". */
    public static String lsaName(LsaKey key) {
        return "[" + name(key.type()) + " Id:" + RouterIds.format(key.linkStateId()) + " Adv:"
                + RouterIds.format(key.advertisingRouter()) + "]";
    }

    /** The index of ospf6_lsdb_stats_update: the function code, or 0 (unknown) beyond the handler table. */
    static int statisticsSlot(int type) {
        int code = LsaTypes.v3FunctionCode(type);
        return code < TYPE_SLOTS ? code : 0;
    }
}
