package dev.ferry.bgpd.attr;

/**
 * Path attribute type codes (IANA "BGP Path Attributes") with the flags each must carry, and the flag bits
 * (RFC 4271 section 4.3).
 * <pre>
 *  0                   1
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |O|T|P|E|  0    | Attr. Type Code |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class AttributeType {
    public static final int OPTIONAL = 0x80;
    public static final int TRANSITIVE = 0x40;
    public static final int PARTIAL = 0x20;
    public static final int EXTENDED_LENGTH = 0x10;

    public static final int WELL_KNOWN = TRANSITIVE;
    public static final int OPTIONAL_TRANSITIVE = OPTIONAL | TRANSITIVE;
    public static final int OPTIONAL_NON_TRANSITIVE = OPTIONAL;

    public static final int ORIGIN = 1;
    public static final int AS_PATH = 2;
    public static final int NEXT_HOP = 3;
    public static final int MULTI_EXIT_DISC = 4;
    public static final int LOCAL_PREF = 5;
    public static final int ATOMIC_AGGREGATE = 6;
    public static final int AGGREGATOR = 7;
    public static final int COMMUNITIES = 8;
    public static final int ORIGINATOR_ID = 9;
    public static final int CLUSTER_LIST = 10;
    public static final int MP_REACH_NLRI = 14;
    public static final int MP_UNREACH_NLRI = 15;
    public static final int EXTENDED_COMMUNITIES = 16;
    public static final int AS4_PATH = 17;
    public static final int AS4_AGGREGATOR = 18;
    public static final int LARGE_COMMUNITIES = 32;

    private AttributeType() {
    }

    /** Whether this codec decodes the type into its own class. */
    public static boolean isKnown(int type) {
        return standardFlags(type) >= 0;
    }

    /** The Optional and Transitive bits the type must carry, or -1 for a type this codec does not know. */
    public static int standardFlags(int type) {
        return switch (type) {
            case ORIGIN, AS_PATH, NEXT_HOP, LOCAL_PREF, ATOMIC_AGGREGATE -> WELL_KNOWN;
            case MULTI_EXIT_DISC, ORIGINATOR_ID, CLUSTER_LIST, MP_REACH_NLRI, MP_UNREACH_NLRI ->
                OPTIONAL_NON_TRANSITIVE;
            case AGGREGATOR, COMMUNITIES, EXTENDED_COMMUNITIES, AS4_PATH, AS4_AGGREGATOR, LARGE_COMMUNITIES ->
                OPTIONAL_TRANSITIVE;
            default -> -1;
        };
    }

    /** The name FRR and tshark use. */
    public static String name(int type) {
        return switch (type) {
            case ORIGIN -> "ORIGIN";
            case AS_PATH -> "AS_PATH";
            case NEXT_HOP -> "NEXT_HOP";
            case MULTI_EXIT_DISC -> "MULTI_EXIT_DISC";
            case LOCAL_PREF -> "LOCAL_PREF";
            case ATOMIC_AGGREGATE -> "ATOMIC_AGGREGATE";
            case AGGREGATOR -> "AGGREGATOR";
            case COMMUNITIES -> "COMMUNITIES";
            case ORIGINATOR_ID -> "ORIGINATOR_ID";
            case CLUSTER_LIST -> "CLUSTER_LIST";
            case MP_REACH_NLRI -> "MP_REACH_NLRI";
            case MP_UNREACH_NLRI -> "MP_UNREACH_NLRI";
            case EXTENDED_COMMUNITIES -> "EXTENDED_COMMUNITIES";
            case AS4_PATH -> "AS4_PATH";
            case AS4_AGGREGATOR -> "AS4_AGGREGATOR";
            case LARGE_COMMUNITIES -> "LARGE_COMMUNITIES";
            default -> "type " + type;
        };
    }
}
