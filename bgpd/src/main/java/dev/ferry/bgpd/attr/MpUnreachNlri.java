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
 * MP_UNREACH_NLRI (type 15, optional non-transitive, RFC 4760 section 4): withdrawn routes of any family.
 * With no routes it is that family's End-of-RIB marker (RFC 4724 section 2). VPN withdrawals carry a label
 * field the receiver ignores (RFC 8277 section 2.4).
 * <pre>
 * +---------------------------------------------------------+
 * | Address Family Identifier (2 octets)                    |
 * | Subsequent Address Family Identifier (1 octet)          |
 * | Withdrawn Routes (variable)                             |
 * +---------------------------------------------------------+
 * </pre>
 */
public record MpUnreachNlri(AddressFamily family, List<Nlri> withdrawn, int flags) implements PathAttribute {
    public MpUnreachNlri {
        withdrawn = List.copyOf(withdrawn);
    }

    /** With the flags FRR sends for withdrawals: optional, Extended Length. */
    public static MpUnreachNlri of(AddressFamily family, List<? extends Nlri> withdrawn) {
        return new MpUnreachNlri(family, List.copyOf(withdrawn),
                AttributeType.OPTIONAL_NON_TRANSITIVE | AttributeType.EXTENDED_LENGTH);
    }

    /** The End-of-RIB marker for a family, flagged as FRR sends it (optional, 1-byte length). */
    public static MpUnreachNlri endOfRib(AddressFamily family) {
        return new MpUnreachNlri(family, List.of(), AttributeType.OPTIONAL_NON_TRANSITIVE);
    }

    public boolean isEndOfRib() {
        return withdrawn.isEmpty();
    }

    static AttributeDecoding decode(ByteBuffer v, int flags) {
        int len = v.remaining();
        if (len < 3) {
            return AttributeDecoding.fail(ErrorAction.SESSION_RESET, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, null,
                    "MP_UNREACH_NLRI of " + len + " bytes has no room for AFI and SAFI");
        }
        AddressFamily family = new AddressFamily(v.getShort(0) & 0xffff, v.get(2) & 0xff);
        v.position(3);
        NlriDecoding<Nlri> d = NlriCodec.decode(v, len, family);
        if (d.isMalformed()) {
            return AttributeDecoding.fail(ErrorAction.AFI_SAFI_DISABLE, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                    family, "MP_UNREACH_NLRI " + family + ": " + d.error());
        }
        return AttributeDecoding.ok(new MpUnreachNlri(family, d.entries(), flags));
    }

    @Override
    public int type() {
        return AttributeType.MP_UNREACH_NLRI;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        int n = 3;
        for (Nlri e : withdrawn) {
            n += NlriCodec.encodedLength(e);
        }
        return n;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putShort((short) family.afi());
        out.put((byte) family.safi());
        for (Nlri e : withdrawn) {
            NlriCodec.write(out, e);
        }
    }

    @Override
    public String toString() {
        return family + (withdrawn.isEmpty() ? " End-of-RIB" : " withdraw " + withdrawn);
    }
}
