package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * The flooding scope of an LSA type (RFC 2328 12.1.3; RFC 5340 A.4.2.1): OSPFv2 floods AS-external LSAs
 * through the AS and the rest through their area; OSPFv3 reads the scope from the S1/S2 bits of the type, and an
 * unknown type without the U bit is kept to its link (RFC 5340 4.5.1).
 */
enum LsaScope {
    LINK, AREA, AS;

    private static final int SCOPE_SHIFT = 13;
    private static final int RESERVED_SCOPE = 3;

    static LsaScope of(OspfVersion version, int type) {
        if (version == OspfVersion.V2) {
            return type == LsaTypes.V2_AS_EXTERNAL ? AS : AREA;
        }
        if (!knownV3(type) && (type & LsaTypes.V3_U_BIT) == 0) {
            return LINK;
        }
        return switch ((type >>> SCOPE_SHIFT) & 3) {
            case 0, RESERVED_SCOPE -> LINK;
            case 1 -> AREA;
            default -> AS;
        };
    }

    /**
     * Whether an LSA of this type can be in the databases of an area: OSPFv2 knows router, network, summary and
     * external types; AS-scope LSAs stay out of stub areas; OSPFv3 keeps unknown types (RFC 5340 4.5.1) except
     * with the reserved scope.
     */
    static boolean knows(OspfVersion version, int type, boolean stubArea) {
        if (version == OspfVersion.V2) {
            if (type == LsaTypes.V2_AS_EXTERNAL) {
                return !stubArea;
            }
            return type >= LsaTypes.V2_ROUTER && type <= LsaTypes.V2_ASBR_SUMMARY;
        }
        if (((type >>> SCOPE_SHIFT) & 3) == RESERVED_SCOPE) {
            return false;
        }
        return of(version, type) != AS || !stubArea;
    }

    private static boolean knownV3(int type) {
        return switch (type) {
            case LsaTypes.V3_ROUTER, LsaTypes.V3_NETWORK, LsaTypes.V3_INTER_AREA_PREFIX,
                    LsaTypes.V3_INTER_AREA_ROUTER, LsaTypes.V3_AS_EXTERNAL, LsaTypes.V3_NSSA, LsaTypes.V3_LINK,
                    LsaTypes.V3_INTRA_AREA_PREFIX -> true;
            default -> false;
        };
    }
}
