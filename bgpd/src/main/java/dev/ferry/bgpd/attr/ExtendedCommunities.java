package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * EXTENDED_COMMUNITIES (type 16, optional transitive, RFC 4360): 8-byte values (see
 * {@link ExtendedCommunity}), kept raw in received order. A length that is not a non-zero multiple of 8 is
 * treat-as-withdraw (RFC 7606 section 7.14).
 */
public record ExtendedCommunities(long[] values, int flags) implements PathAttribute {
    public ExtendedCommunities {
        values = values.clone();
    }

    public static ExtendedCommunities of(long... values) {
        return new ExtendedCommunities(values, AttributeType.OPTIONAL_TRANSITIVE);
    }

    public static ExtendedCommunities routeTargets(List<RouteTarget> rts) {
        return of(rts.stream().mapToLong(ExtendedCommunity::routeTarget).toArray());
    }

    static ExtendedCommunities decode(ByteBuffer v, int flags) {
        int n = v.remaining();
        if (n == 0 || n % 8 != 0) {
            return null;
        }
        long[] vals = new long[n / 8];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = v.getLong(i * 8);
        }
        return new ExtendedCommunities(vals, flags);
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    /** The route targets among the communities, in order. */
    public List<RouteTarget> routeTargets() {
        List<RouteTarget> out = new ArrayList<>();
        for (long ec : values) {
            RouteTarget rt = ExtendedCommunity.toRouteTarget(ec);
            if (rt != null) {
                out.add(rt);
            }
        }
        return out;
    }

    @Override
    public int type() {
        return AttributeType.EXTENDED_COMMUNITIES;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return values.length * 8;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (long v : values) {
            out.putLong(v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedCommunities c && c.flags == flags && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + flags;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (long v : values) {
            j.add(ExtendedCommunity.format(v));
        }
        return j.toString();
    }
}
