package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * COMMUNITIES (type 8, optional transitive, RFC 1997): 4-byte values, shown as "AS:NN" or by the well-known
 * names FRR uses (community_str). A length that is not a non-zero multiple of 4 is treat-as-withdraw
 * (RFC 7606 section 7.8).
 */
public record Communities(int[] values, int flags) implements PathAttribute {
    public static final int INTERNET = 0;
    public static final int GRACEFUL_SHUTDOWN = 0xFFFF0000;
    public static final int ACCEPT_OWN = 0xFFFF0001;
    public static final int ROUTE_FILTER_TRANSLATED_V4 = 0xFFFF0002;
    public static final int ROUTE_FILTER_V4 = 0xFFFF0003;
    public static final int ROUTE_FILTER_TRANSLATED_V6 = 0xFFFF0004;
    public static final int ROUTE_FILTER_V6 = 0xFFFF0005;
    public static final int LLGR_STALE = 0xFFFF0006;
    public static final int NO_LLGR = 0xFFFF0007;
    public static final int ACCEPT_OWN_NEXTHOP = 0xFFFF0008;
    public static final int BLACKHOLE = 0xFFFF029A;
    public static final int NO_EXPORT = 0xFFFFFF01;
    public static final int NO_ADVERTISE = 0xFFFFFF02;
    public static final int NO_EXPORT_SUBCONFED = 0xFFFFFF03;
    public static final int NO_PEER = 0xFFFFFF04;

    private static final int[] WELL_KNOWN = {INTERNET, GRACEFUL_SHUTDOWN, ACCEPT_OWN, ROUTE_FILTER_TRANSLATED_V4,
        ROUTE_FILTER_V4, ROUTE_FILTER_TRANSLATED_V6, ROUTE_FILTER_V6, LLGR_STALE, NO_LLGR, ACCEPT_OWN_NEXTHOP,
        BLACKHOLE, NO_EXPORT, NO_ADVERTISE, NO_EXPORT_SUBCONFED, NO_PEER};
    private static final String[] NAMES = {"internet", "graceful-shutdown", "accept-own",
        "route-filter-translated-v4", "route-filter-v4", "route-filter-translated-v6", "route-filter-v6",
        "llgr-stale", "no-llgr", "accept-own-nexthop", "blackhole", "no-export", "no-advertise", "local-AS",
        "no-peer"};

    public Communities {
        values = values.clone();
    }

    public static Communities of(int... values) {
        return new Communities(values, AttributeType.OPTIONAL_TRANSITIVE);
    }

    static Communities decode(ByteBuffer v, int flags) {
        int n = v.remaining();
        if (n == 0 || n % 4 != 0) {
            return null;
        }
        int[] vals = new int[n / 4];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = v.getInt(i * 4);
        }
        return new Communities(vals, flags);
    }

    /** One community as FRR prints it: a well-known name or "AS:NN". */
    public static String format(int community) {
        for (int i = 0; i < WELL_KNOWN.length; i++) {
            if (WELL_KNOWN[i] == community) {
                return NAMES[i];
            }
        }
        return (community >>> 16) + ":" + (community & 0xffff);
    }

    /** Parses "AS:NN" or a well-known name; throws IllegalArgumentException on anything else. */
    public static int parse(String text) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(text)) {
                return WELL_KNOWN[i];
            }
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("bad community " + text);
        }
        int hi = Integer.parseInt(text.substring(0, colon));
        int lo = Integer.parseInt(text.substring(colon + 1));
        if (hi < 0 || hi > 0xffff || lo < 0 || lo > 0xffff) {
            throw new IllegalArgumentException("bad community " + text);
        }
        return (hi << 16) | lo;
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    public boolean contains(int community) {
        for (int c : values) {
            if (c == community) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int type() {
        return AttributeType.COMMUNITIES;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return values.length * 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (int c : values) {
            out.putInt(c);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Communities c && c.flags == flags && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + flags;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (int c : values) {
            j.add(format(c));
        }
        return j.toString();
    }
}
