package dev.ferry.bgpd.message;

import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_INVALID_NETWORK_FIELD;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MESSAGE_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE;

import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.AttributesDecoder;
import dev.ferry.bgpd.attr.AttributesDecoding;
import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.NlriCodec;
import dev.ferry.bgpd.nlri.NlriDecoding;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an UPDATE body under RFC 7606. The field lengths and the IPv4 NLRI/withdrawn fields must parse
 * (else session reset: without them no route can be located, section 5.3); the attributes are decoded by
 * {@link AttributesDecoder}; then, if the UPDATE announces routes, ORIGIN, AS_PATH and (for NLRI-field routes)
 * NEXT_HOP must be there, else treat-as-withdraw (section 3 d). An attribute already reported as malformed is
 * not reported again as missing.
 */
final class UpdateDecoder {
    private UpdateDecoder() {
    }

    static DecodeResult decode(ByteBuffer b, CodecContext ctx) {
        int len = b.remaining();
        int wlen = b.getShort(0) & 0xffff;
        if (2 + wlen + 2 > len) {
            return reset(UPDATE_MALFORMED_ATTRIBUTE_LIST, "withdrawn routes length " + wlen + " overruns the UPDATE");
        }
        int alen = b.getShort(2 + wlen) & 0xffff;
        int attrStart = 4 + wlen;
        if (attrStart + alen > len) {
            return reset(UPDATE_MALFORMED_ATTRIBUTE_LIST, "total path attribute length " + alen
                    + " overruns the UPDATE");
        }
        b.position(2);
        NlriDecoding<Ipv4Prefix> withdrawn = NlriCodec.decodeIpv4(b, 2 + wlen);
        if (withdrawn.isMalformed()) {
            return reset(UPDATE_INVALID_NETWORK_FIELD, "withdrawn routes: " + withdrawn.error());
        }
        b.position(attrStart + alen);
        NlriDecoding<Ipv4Prefix> nlri = NlriCodec.decodeIpv4(b, len);
        if (nlri.isMalformed()) {
            return reset(UPDATE_INVALID_NETWORK_FIELD, "NLRI: " + nlri.error());
        }
        b.position(attrStart);
        AttributesDecoding attrs = AttributesDecoder.decode(b, attrStart + alen, ctx);
        List<BgpError> errors = new ArrayList<>(attrs.errors());
        if (attrs.action() == ErrorAction.SESSION_RESET) {
            return new DecodeResult(null, ErrorAction.SESSION_RESET, errors);
        }
        UpdateMessage update = new UpdateMessage(withdrawn.entries(), attrs.attributes(), nlri.entries());
        checkMandatory(update, errors);
        ErrorAction action = ErrorAction.NONE;
        for (BgpError e : errors) {
            action = action.max(e.action());
        }
        return new DecodeResult(update, action, errors);
    }

    private static void checkMandatory(UpdateMessage u, List<BgpError> errors) {
        PathAttributes a = u.attributes();
        MpReachNlri reach = a.mpReach();
        boolean announces = !u.nlri().isEmpty() || (reach != null && !reach.nlri().isEmpty());
        if (!announces) {
            return;
        }
        missing(a, AttributeType.ORIGIN, errors);
        missing(a, AttributeType.AS_PATH, errors);
        if (!u.nlri().isEmpty()) {
            missing(a, AttributeType.NEXT_HOP, errors);
        }
    }

    private static void missing(PathAttributes a, int type, List<BgpError> errors) {
        if (a.has(type)) {
            return;
        }
        for (BgpError e : errors) {
            if (e.attributeType() == type) {
                return;
            }
        }
        errors.add(new BgpError(ErrorAction.TREAT_AS_WITHDRAW, UPDATE_MESSAGE_ERROR,
                UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE, new byte[] {(byte) type}, type, null,
                "missing well-known attribute " + AttributeType.name(type)));
    }

    private static DecodeResult reset(int subcode, String reason) {
        return DecodeResult.reset(BgpError.reset(UPDATE_MESSAGE_ERROR, subcode, null, reason));
    }
}
