package dev.ferry.ospfd.lsa;

/**
 * LS type codes of both versions. OSPFv3 types carry flooding scope and handling in their top bits
 * (RFC 5340 A.4.2.1): U (0x8000) says how to treat an unknown type, S2/S1 (0x4000/0x2000) give the scope.
 */
public final class LsaTypes {
    public static final int V2_ROUTER = 1;
    public static final int V2_NETWORK = 2;
    public static final int V2_SUMMARY = 3;
    public static final int V2_ASBR_SUMMARY = 4;
    public static final int V2_AS_EXTERNAL = 5;
    public static final int V2_NSSA = 7;
    public static final int V2_OPAQUE_LINK = 9;
    public static final int V2_OPAQUE_AREA = 10;
    public static final int V2_OPAQUE_AS = 11;

    public static final int V3_ROUTER = 0x2001;
    public static final int V3_NETWORK = 0x2002;
    public static final int V3_INTER_AREA_PREFIX = 0x2003;
    public static final int V3_INTER_AREA_ROUTER = 0x2004;
    public static final int V3_AS_EXTERNAL = 0x4005;
    public static final int V3_NSSA = 0x2007;
    public static final int V3_LINK = 0x0008;
    public static final int V3_INTRA_AREA_PREFIX = 0x2009;

    /** v3: flood an unknown type as if understood (1) or with link-local scope (0). */
    public static final int V3_U_BIT = 0x8000;

    /** v3 flooding scope (RFC 5340 A.4.2.1). */
    public enum Scope { LINK, AREA, AS, RESERVED }

    private LsaTypes() {
    }

    public static Scope v3Scope(int type) {
        return switch ((type >>> 13) & 3) {
            case 0 -> Scope.LINK;
            case 1 -> Scope.AREA;
            case 2 -> Scope.AS;
            default -> Scope.RESERVED;
        };
    }

    /** v3 function code: the type without its U and scope bits. */
    public static int v3FunctionCode(int type) {
        return type & 0x1fff;
    }
}
