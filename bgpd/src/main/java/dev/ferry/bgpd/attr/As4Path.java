package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * AS4_PATH (type 17, optional transitive, RFC 6793): the 4-byte AS path a 4-octet speaker sends beside a
 * 2-byte AS_PATH to an old speaker. Always 4-byte AS numbers; confederation segments, AS 0 or a bad segment
 * make it malformed, and it is then discarded (RFC 6793 section 6, RFC 7607).
 */
public record As4Path(List<AsPathSegment> segments, int flags) implements PathAttribute {
    public As4Path {
        segments = List.copyOf(segments);
    }

    public static As4Path of(List<AsPathSegment> segments) {
        return new As4Path(segments, AttributeType.OPTIONAL_TRANSITIVE);
    }

    static As4Path decode(ByteBuffer v, int flags) {
        List<AsPathSegment> segs = AsPathSegment.decodeAll(v, 4);
        if (segs == null || segs.isEmpty()) {
            return null;
        }
        for (AsPathSegment s : segs) {
            if (s.isConfederation()) {
                return null;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.asn(i) == 0) {
                    return null;
                }
            }
        }
        return new As4Path(segs, flags);
    }

    @Override
    public int type() {
        return AttributeType.AS4_PATH;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        int n = 0;
        for (AsPathSegment s : segments) {
            n += s.encodedLength(4);
        }
        return n;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (AsPathSegment s : segments) {
            s.write(out, 4);
        }
    }

    @Override
    public String toString() {
        return segments.stream().map(AsPathSegment::toString).collect(Collectors.joining(" "));
    }
}
