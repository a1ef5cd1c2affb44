package dev.ferry.bgpd.attr;

import static dev.ferry.bgpd.wire.ErrorAction.ATTRIBUTE_DISCARD;
import static dev.ferry.bgpd.wire.ErrorAction.SESSION_RESET;
import static dev.ferry.bgpd.wire.ErrorAction.TREAT_AS_WITHDRAW;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_ATTRIBUTE_FLAGS_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_INVALID_NEXT_HOP;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_INVALID_ORIGIN;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MALFORMED_AS_PATH;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MESSAGE_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE;

import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the Path Attributes field of an UPDATE, applying RFC 7606's revised error handling attribute by
 * attribute. It never throws: every fault becomes a {@link BgpError} with its reaction, and decoding goes on
 * where the RFC allows, so the caller sees the most severe reaction and every cause.
 * <ul>
 * <li>attribute header or length running past the field: treat-as-withdraw, stop (section 4);</li>
 * <li>Optional/Transitive bits wrong for a known type: treat-as-withdraw (section 3 c);</li>
 * <li>a repeated MP_REACH_NLRI/MP_UNREACH_NLRI: session reset; any other repeat: discard it (section 3 g);</li>
 * <li>an unknown well-known attribute: session reset (RFC 4271 section 6.3); an unknown optional
 * non-transitive one is ignored, an unknown optional transitive one kept;</li>
 * <li>a malformed value: the per-attribute reaction of sections 7.1 to 7.14, RFC 6793 and RFC 8092.</li>
 * </ul>
 */
public final class AttributesDecoder {
    private AttributesDecoder() {
    }

    /** Decodes from {@code buf}'s position up to {@code end}; leaves the position at {@code end}. */
    public static AttributesDecoding decode(ByteBuffer buf, int end, CodecContext ctx) {
        List<PathAttribute> attrs = new ArrayList<>();
        List<BgpError> errors = new ArrayList<>();
        boolean[] seen = new boolean[256];
        int pos = buf.position();
        while (pos < end) {
            int left = end - pos;
            int flags = buf.get(pos) & 0xff;
            int hdr = (flags & AttributeType.EXTENDED_LENGTH) != 0 ? 4 : 3;
            if (left < hdr) {
                errors.add(error(TREAT_AS_WITHDRAW, UPDATE_MALFORMED_ATTRIBUTE_LIST, buf, pos, left, -1,
                        left + " bytes left in the attribute field, too few for an attribute header"));
                break;
            }
            int type = buf.get(pos + 1) & 0xff;
            int len = hdr == 4 ? buf.getShort(pos + 2) & 0xffff : buf.get(pos + 2) & 0xff;
            if (hdr + len > left) {
                errors.add(error(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_LENGTH_ERROR, buf, pos, left, type,
                        AttributeType.name(type) + " of length " + len + " overruns the attribute field by "
                                + (hdr + len - left) + " bytes"));
                break;
            }
            ByteBuffer value = buf.slice(pos + hdr, len);
            int start = pos;
            int total = hdr + len;
            pos += total;
            if (seen[type]) {
                boolean mp = type == AttributeType.MP_REACH_NLRI || type == AttributeType.MP_UNREACH_NLRI;
                errors.add(error(mp ? SESSION_RESET : ATTRIBUTE_DISCARD, UPDATE_MALFORMED_ATTRIBUTE_LIST, buf, start,
                        total, type, "repeated " + AttributeType.name(type)));
                continue;
            }
            seen[type] = true;
            int standard = AttributeType.standardFlags(type);
            if (standard < 0) {
                decodeUnknown(flags, type, value, buf, start, total, attrs, errors);
                continue;
            }
            boolean flagsOk = (flags & AttributeType.OPTIONAL_TRANSITIVE) == standard
                    && ((flags & AttributeType.PARTIAL) == 0 || standard == AttributeType.OPTIONAL_TRANSITIVE);
            boolean mp = type == AttributeType.MP_REACH_NLRI || type == AttributeType.MP_UNREACH_NLRI;
            if (!flagsOk) {
                errors.add(error(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_FLAGS_ERROR, buf, start, total, type,
                        AttributeType.name(type) + " with flags 0x" + Integer.toHexString(flags)));
                if (!mp) {
                    continue; // an MP attribute is still read: its routes are the ones to withdraw
                }
            }
            BgpError e = decodeKnown(flags, type, value, ctx, attrs);
            if (e != null) {
                errors.add(new BgpError(e.action(), e.code(), e.subcode(), copy(buf, start, total), type, e.family(),
                        e.reason()));
            }
        }
        buf.position(end);
        return new AttributesDecoding(PathAttributes.of(attrs), errors);
    }

    private static void decodeUnknown(int flags, int type, ByteBuffer value, ByteBuffer buf, int start, int total,
            List<PathAttribute> attrs, List<BgpError> errors) {
        if ((flags & AttributeType.OPTIONAL) == 0) {
            errors.add(error(SESSION_RESET, UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE, buf, start, total, type,
                    "unrecognized well-known attribute " + type));
        } else if ((flags & AttributeType.TRANSITIVE) != 0) {
            byte[] v = new byte[value.remaining()];
            value.get(0, v);
            attrs.add(new UnknownAttribute(flags, type, v));
        }
        // an unknown optional non-transitive attribute is quietly ignored (RFC 4271 section 5)
    }

    /** Decodes a known attribute into {@code attrs}; returns the fault (data filled by the caller) or null. */
    private static BgpError decodeKnown(int flags, int type, ByteBuffer v, CodecContext ctx,
            List<PathAttribute> attrs) {
        int len = v.remaining();
        String name = AttributeType.name(type);
        PathAttribute a;
        switch (type) {
            case AttributeType.MP_REACH_NLRI, AttributeType.MP_UNREACH_NLRI -> {
                AttributeDecoding d = type == AttributeType.MP_REACH_NLRI ? MpReachNlri.decode(v, flags)
                        : MpUnreachNlri.decode(v, flags);
                if (d.attribute() == null) {
                    return new BgpError(d.action(), UPDATE_MESSAGE_ERROR, d.subcode(), null, type, d.family(),
                            d.reason());
                }
                attrs.add(d.attribute());
                return null;
            }
            case AttributeType.LOCAL_PREF, AttributeType.ORIGINATOR_ID, AttributeType.CLUSTER_LIST -> {
                if (ctx.external()) {
                    return fault(ATTRIBUTE_DISCARD, UPDATE_OPTIONAL_ATTRIBUTE_ERROR, type,
                            name + " from an external peer");
                }
                a = switch (type) {
                    case AttributeType.LOCAL_PREF -> LocalPref.decode(v, flags);
                    case AttributeType.ORIGINATOR_ID -> OriginatorId.decode(v, flags);
                    default -> ClusterList.decode(v, flags);
                };
                if (a == null) {
                    return fault(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, name + " of length " + len);
                }
            }
            case AttributeType.AS4_PATH, AttributeType.AS4_AGGREGATOR -> {
                if (ctx.fourOctetAs()) {
                    return fault(ATTRIBUTE_DISCARD, UPDATE_OPTIONAL_ATTRIBUTE_ERROR, type,
                            name + " from a 4-octet AS speaker (RFC 6793 section 4.1)");
                }
                a = type == AttributeType.AS4_PATH ? As4Path.decode(v, flags) : As4Aggregator.decode(v, flags);
                if (a == null) {
                    return fault(ATTRIBUTE_DISCARD, UPDATE_OPTIONAL_ATTRIBUTE_ERROR, type,
                            "malformed " + name + " of length " + len);
                }
            }
            default -> {
                a = decodeSimple(flags, type, v, ctx);
                if (a == null) {
                    return simpleFault(type, v, ctx);
                }
            }
        }
        attrs.add(a);
        return null;
    }

    private static PathAttribute decodeSimple(int flags, int type, ByteBuffer v, CodecContext ctx) {
        return switch (type) {
            case AttributeType.ORIGIN -> Origin.decode(v, flags);
            case AttributeType.AS_PATH -> AsPath.decode(v, flags, ctx);
            case AttributeType.NEXT_HOP -> NextHop.decode(v, flags);
            case AttributeType.MULTI_EXIT_DISC -> MultiExitDisc.decode(v, flags);
            case AttributeType.ATOMIC_AGGREGATE -> AtomicAggregate.decode(v, flags);
            case AttributeType.AGGREGATOR -> Aggregator.decode(v, flags, ctx);
            case AttributeType.COMMUNITIES -> Communities.decode(v, flags);
            case AttributeType.EXTENDED_COMMUNITIES -> ExtendedCommunities.decode(v, flags);
            case AttributeType.LARGE_COMMUNITIES -> LargeCommunities.decode(v, flags);
            default -> null;
        };
    }

    /** The reaction to a malformed simple attribute, by RFC 7606 section 7. */
    private static BgpError simpleFault(int type, ByteBuffer v, CodecContext ctx) {
        int len = v.remaining();
        String what = AttributeType.name(type) + " of length " + len;
        return switch (type) {
            case AttributeType.ORIGIN -> len != 1
                    ? fault(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, what)
                    : fault(TREAT_AS_WITHDRAW, UPDATE_INVALID_ORIGIN, type, "ORIGIN value " + (v.get(0) & 0xff));
            case AttributeType.AS_PATH -> fault(TREAT_AS_WITHDRAW, UPDATE_MALFORMED_AS_PATH, type,
                    "malformed " + what + (ctx.external() ? " (confederation segments are malformed from eBGP)"
                            : ""));
            case AttributeType.NEXT_HOP -> len != 4
                    ? fault(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, what)
                    : fault(TREAT_AS_WITHDRAW, UPDATE_INVALID_NEXT_HOP, type, "NEXT_HOP is a martian address");
            case AttributeType.ATOMIC_AGGREGATE -> fault(ATTRIBUTE_DISCARD, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, what);
            case AttributeType.AGGREGATOR -> len != ctx.asSize() + 4
                    ? fault(ATTRIBUTE_DISCARD, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, what)
                    : fault(ATTRIBUTE_DISCARD, UPDATE_OPTIONAL_ATTRIBUTE_ERROR, type, "AGGREGATOR with AS 0");
            default -> fault(TREAT_AS_WITHDRAW, UPDATE_ATTRIBUTE_LENGTH_ERROR, type, what);
        };
    }

    private static BgpError fault(ErrorAction action, int subcode, int type, String reason) {
        return new BgpError(action, UPDATE_MESSAGE_ERROR, subcode, null, type, null, reason);
    }

    private static BgpError error(ErrorAction action, int subcode, ByteBuffer buf, int start, int len, int type,
            String reason) {
        return new BgpError(action, UPDATE_MESSAGE_ERROR, subcode, copy(buf, start, len), type, null, reason);
    }

    private static byte[] copy(ByteBuffer buf, int start, int len) {
        byte[] b = new byte[len];
        buf.get(start, b);
        return b;
    }
}
