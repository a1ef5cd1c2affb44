package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The path attributes of one UPDATE, at most one per type, in wire order (kept so that a decoded UPDATE
 * re-encodes byte for byte). Immutable; equal sets compare equal, so they can be interned and shared by the
 * many routes that carry them.
 */
public final class PathAttributes {
    public static final PathAttributes EMPTY = new PathAttributes(List.of());

    private final List<PathAttribute> list;
    /**
     * The attributes by type code (up to the highest present): {@link #get} is on the hot paths (the decision
     * process, zebra's MED), where a walk over the list with a call per attribute showed in profiles.
     */
    private final PathAttribute[] byType;
    private int hash;

    private PathAttributes(List<PathAttribute> list) {
        this.list = list;
        int max = -1;
        for (PathAttribute a : list) {
            max = Math.max(max, a.type());
        }
        this.byType = new PathAttribute[max + 1];
        for (PathAttribute a : list) {
            if (a.type() >= 0) {
                byType[a.type()] = a;
            }
        }
    }

    /** The attributes in the order given; throws IllegalArgumentException on a repeated type. */
    public static PathAttributes of(List<? extends PathAttribute> attributes) {
        List<PathAttribute> copy = List.copyOf(attributes);
        for (int i = 0; i < copy.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (copy.get(i).type() == copy.get(j).type()) {
                    throw new IllegalArgumentException("two " + AttributeType.name(copy.get(i).type())
                            + " attributes");
                }
            }
        }
        return new PathAttributes(copy);
    }

    public static PathAttributes of(PathAttribute... attributes) {
        return of(List.of(attributes));
    }

    public List<PathAttribute> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The attribute of a type, or null. */
    public PathAttribute get(int type) {
        return type >= 0 && type < byType.length ? byType[type] : null;
    }

    public boolean has(int type) {
        return get(type) != null;
    }

    public Origin origin() {
        return (Origin) get(AttributeType.ORIGIN);
    }

    public AsPath asPath() {
        return (AsPath) get(AttributeType.AS_PATH);
    }

    public NextHop nextHop() {
        return (NextHop) get(AttributeType.NEXT_HOP);
    }

    public MultiExitDisc med() {
        return (MultiExitDisc) get(AttributeType.MULTI_EXIT_DISC);
    }

    public LocalPref localPref() {
        return (LocalPref) get(AttributeType.LOCAL_PREF);
    }

    public Communities communities() {
        return (Communities) get(AttributeType.COMMUNITIES);
    }

    public ExtendedCommunities extendedCommunities() {
        return (ExtendedCommunities) get(AttributeType.EXTENDED_COMMUNITIES);
    }

    public LargeCommunities largeCommunities() {
        return (LargeCommunities) get(AttributeType.LARGE_COMMUNITIES);
    }

    public MpReachNlri mpReach() {
        return (MpReachNlri) get(AttributeType.MP_REACH_NLRI);
    }

    public MpUnreachNlri mpUnreach() {
        return (MpUnreachNlri) get(AttributeType.MP_UNREACH_NLRI);
    }

    /** A copy with {@code a} replacing the attribute of its type, or appended. */
    public PathAttributes with(PathAttribute a) {
        List<PathAttribute> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).type() == a.type()) {
                out.set(i, a);
                return new PathAttributes(List.copyOf(out));
            }
        }
        out.add(a);
        return new PathAttributes(List.copyOf(out));
    }

    public PathAttributes without(int type) {
        List<PathAttribute> out = new ArrayList<>(list);
        out.removeIf(a -> a.type() == type);
        return out.size() == list.size() ? this : new PathAttributes(List.copyOf(out));
    }

    /** As passed on to another peer: unknown transitive attributes get the Partial bit (RFC 4271 section 5). */
    public PathAttributes forwarded() {
        List<PathAttribute> out = new ArrayList<>(list.size());
        for (PathAttribute a : list) {
            out.add(a instanceof UnknownAttribute u ? u.passedOn() : a);
        }
        return new PathAttributes(List.copyOf(out));
    }

    public int encodedLength(CodecContext ctx) {
        int n = 0;
        for (PathAttribute a : list) {
            n += AttributeCodec.encodedLength(a, ctx);
        }
        return n;
    }

    public void write(ByteBuffer out, CodecContext ctx) {
        for (PathAttribute a : list) {
            AttributeCodec.write(out, a, ctx);
        }
    }

    public byte[] toBytes(CodecContext ctx) {
        ByteBuffer out = ByteBuffer.allocate(encodedLength(ctx));
        write(out, ctx);
        return out.array();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PathAttributes p && p.list.equals(list);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = list.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (PathAttribute a : list) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(AttributeType.name(a.type())).append(' ').append(a);
        }
        return sb.append('}').toString();
    }
}
