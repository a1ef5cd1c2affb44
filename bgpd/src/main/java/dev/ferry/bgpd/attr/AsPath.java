package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * AS_PATH (type 2, well-known mandatory, RFC 4271 section 5.1.2): segments of 2-byte AS numbers, or 4-byte
 * ones between 4-octet AS speakers (RFC 6793). Written with 2 bytes, an AS above 65535 becomes AS_TRANS.
 * Malformed (a bad segment, AS 0 per RFC 7607, confederation segments from an eBGP peer) is
 * treat-as-withdraw (RFC 7606 section 7.2).
 */
public record AsPath(List<AsPathSegment> segments, int flags) implements PathAttribute {
    public static final AsPath EMPTY = of(List.of());

    public AsPath {
        segments = List.copyOf(segments);
    }

    public static AsPath of(List<AsPathSegment> segments) {
        return new AsPath(segments, AttributeType.WELL_KNOWN);
    }

    /** An AS_SEQUENCE of the given numbers, split into segments of 255. */
    public static AsPath sequence(int... asns) {
        List<AsPathSegment> segs = new ArrayList<>();
        for (int i = 0; i < asns.length; i += 255) {
            segs.add(new AsPathSegment(AsPathSegment.AS_SEQUENCE,
                    java.util.Arrays.copyOfRange(asns, i, Math.min(asns.length, i + 255))));
        }
        return of(segs);
    }

    /** Parses FRR's text form, e.g. "65001 {65002,65003} (65010)". Null if malformed. */
    public static AsPath parse(String text) {
        List<AsPathSegment> segs = new ArrayList<>();
        List<Integer> seq = new ArrayList<>();
        String t = text.trim();
        int i = 0;
        try {
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == ' ') {
                    i++;
                } else if (c == '{' || c == '(' || c == '[') {
                    flush(segs, seq);
                    char close = c == '{' ? '}' : c == '(' ? ')' : ']';
                    int end = t.indexOf(close, i);
                    if (end < 0) {
                        return null;
                    }
                    int type = c == '{' ? AsPathSegment.AS_SET : c == '(' ? AsPathSegment.AS_CONFED_SEQUENCE
                            : AsPathSegment.AS_CONFED_SET;
                    String[] parts = t.substring(i + 1, end).split(c == '(' ? " " : ",");
                    int[] asns = new int[parts.length];
                    for (int k = 0; k < parts.length; k++) {
                        asns[k] = Integer.parseUnsignedInt(parts[k].trim());
                    }
                    segs.add(new AsPathSegment(type, asns));
                    i = end + 1;
                } else {
                    int end = t.indexOf(' ', i);
                    end = end < 0 ? t.length() : end;
                    seq.add(Integer.parseUnsignedInt(t.substring(i, end)));
                    i = end;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        flush(segs, seq);
        return of(segs);
    }

    private static void flush(List<AsPathSegment> segs, List<Integer> seq) {
        if (!seq.isEmpty()) {
            segs.addAll(sequence(seq.stream().mapToInt(Integer::intValue).toArray()).segments());
            seq.clear();
        }
    }

    static AsPath decode(ByteBuffer v, int flags, CodecContext ctx) {
        List<AsPathSegment> segs = AsPathSegment.decodeAll(v, ctx.asSize());
        if (segs == null) {
            return null;
        }
        for (AsPathSegment s : segs) {
            if (s.isConfederation() && ctx.external()) {
                return null;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.asn(i) == 0) {
                    return null;
                }
            }
        }
        return new AsPath(segs, flags);
    }

    /** The path length for best-path selection (RFC 4271 9.1.2.2: a set counts 1, confederations 0). */
    public int pathLength() {
        int n = 0;
        for (AsPathSegment s : segments) {
            n += s.isConfederation() ? 0 : s.isSet() ? 1 : s.size();
        }
        return n;
    }

    @Override
    public int type() {
        return AttributeType.AS_PATH;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        int n = 0;
        for (AsPathSegment s : segments) {
            n += s.encodedLength(ctx.asSize());
        }
        return n;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (AsPathSegment s : segments) {
            s.write(out, ctx.asSize());
        }
    }

    @Override
    public String toString() {
        return segments.stream().map(AsPathSegment::toString).collect(Collectors.joining(" "));
    }
}
