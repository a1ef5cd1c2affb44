package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.NlriCodec;
import dev.ferry.bgpd.nlri.NlriDecoding;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * MP_REACH_NLRI (type 14, optional non-transitive, RFC 4760 section 3): routes of any address family with
 * their next hop.
 * <pre>
 * +---------------------------------------------------------+
 * | Address Family Identifier (2 octets)                    |
 * | Subsequent Address Family Identifier (1 octet)          |
 * | Length of Next Hop Network Address (1 octet)            |
 * | Network Address of Next Hop (variable)                  |
 * | Reserved (1 octet)                                      |
 * | Network Layer Reachability Information (variable)       |
 * +---------------------------------------------------------+
 * </pre>
 * Too short to name its AFI/SAFI is a session reset; a next hop length that does not fit the family or a
 * malformed NLRI disables the family (RFC 7606 sections 5.3, 7.11).
 *
 * @param reserved the octet that was RFC 2858's SNPA count, kept for a faithful re-encode
 */
public record MpReachNlri(AddressFamily family, MpNextHop nextHop, int reserved, List<Nlri> nlri, int flags)
        implements PathAttribute {
    public MpReachNlri {
        nlri = List.copyOf(nlri);
    }

    /** With the flags FRR sends: optional, Extended Length. */
    public static MpReachNlri of(AddressFamily family, MpNextHop nextHop, List<? extends Nlri> nlri) {
        return new MpReachNlri(family, nextHop, 0, List.copyOf(nlri),
                AttributeType.OPTIONAL_NON_TRANSITIVE | AttributeType.EXTENDED_LENGTH);
    }

    static AttributeDecoding decode(ByteBuffer v, int flags) {
        int len = v.remaining();
        if (len < 4) {
            return AttributeDecoding.fail(ErrorAction.SESSION_RESET, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, null,
                    "MP_REACH_NLRI of " + len + " bytes has no room for AFI, SAFI and next hop length");
        }
        AddressFamily family = new AddressFamily(v.getShort(0) & 0xffff, v.get(2) & 0xff);
        int nhLen = v.get(3) & 0xff;
        if (4 + nhLen + 1 > len) {
            return AttributeDecoding.fail(ErrorAction.AFI_SAFI_DISABLE, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                    family, "next hop of " + nhLen + " bytes overruns MP_REACH_NLRI of " + len);
        }
        if (!MpNextHop.validLength(family, nhLen)) {
            return AttributeDecoding.fail(ErrorAction.AFI_SAFI_DISABLE, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                    family, "next hop length " + nhLen + " does not fit " + family);
        }
        byte[] nh = new byte[nhLen];
        v.get(4, nh);
        int reserved = v.get(4 + nhLen) & 0xff;
        v.position(5 + nhLen);
        NlriDecoding<Nlri> d = NlriCodec.decode(v, len, family);
        if (d.isMalformed()) {
            return AttributeDecoding.fail(ErrorAction.AFI_SAFI_DISABLE, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                    family, "MP_REACH_NLRI " + family + ": " + d.error());
        }
        return AttributeDecoding.ok(new MpReachNlri(family, new MpNextHop(nh), reserved, d.entries(), flags));
    }

    @Override
    public int type() {
        return AttributeType.MP_REACH_NLRI;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        int n = 5 + nextHop.length();
        for (Nlri e : nlri) {
            n += NlriCodec.encodedLength(e);
        }
        return n;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putShort((short) family.afi());
        out.put((byte) family.safi());
        out.put((byte) nextHop.length());
        out.put(nextHop.bytes());
        out.put((byte) reserved);
        for (Nlri e : nlri) {
            NlriCodec.write(out, e);
        }
    }

    @Override
    public String toString() {
        return family + " nexthop " + nextHop + " " + nlri;
    }
}
