package dev.ferry.bgpd.message;

import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_BAD_BGP_IDENTIFIER;
import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_BAD_PEER_AS;
import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_MESSAGE_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_UNACCEPTABLE_HOLD_TIME;
import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_UNSUPPORTED_OPTIONAL_PARAMETER;
import static dev.ferry.bgpd.wire.ErrorCodes.OPEN_UNSUPPORTED_VERSION;
import static dev.ferry.bgpd.wire.ErrorCodes.UNSPECIFIC;

import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.CapabilityCodec;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.wire.BgpError;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an OPEN body with the checks RFC 4271 section 6.2 puts on the message itself: version 4, a
 * non-zero AS (RFC 7607), a hold time of 0 or at least 3, a non-zero identifier (RFC 6286), well-formed
 * optional parameters (RFC 9072's extended form understood), only Capabilities parameters. Whether the AS is
 * the expected one is the session's business.
 */
final class OpenDecoder {
    private OpenDecoder() {
    }

    static DecodeResult decode(ByteBuffer b) {
        int len = b.remaining();
        int version = b.get(0) & 0xff;
        if (version != OpenMessage.VERSION) {
            return reset(OPEN_UNSUPPORTED_VERSION, new byte[] {0, OpenMessage.VERSION}, "unsupported version "
                    + version);
        }
        int myAs = b.getShort(1) & 0xffff;
        int hold = b.getShort(3) & 0xffff;
        int id = b.getInt(5);
        int optLen = b.get(9) & 0xff;
        if (myAs == 0) {
            return reset(OPEN_BAD_PEER_AS, new byte[] {0, 0}, "peer AS 0");
        }
        if (hold == 1 || hold == 2) {
            return reset(OPEN_UNACCEPTABLE_HOLD_TIME, null, "hold time " + hold);
        }
        if (id == 0) {
            return reset(OPEN_BAD_BGP_IDENTIFIER, new byte[4], "BGP identifier 0.0.0.0");
        }
        boolean extended = optLen == 255 && len >= 13 && (b.get(10) & 0xff) == OpenMessage.EXTENDED_PARAMETERS_TYPE;
        int pos = extended ? 13 : 10;
        if (extended) {
            optLen = b.getShort(11) & 0xffff;
        }
        if (pos + optLen != len) {
            return reset(UNSPECIFIC, null, "optional parameters length " + optLen + " disagrees with the message ("
                    + (len - pos) + " bytes)");
        }
        int hdr = extended ? 3 : 2;
        List<List<Capability>> params = new ArrayList<>();
        while (pos < len) {
            if (len - pos < hdr) {
                return reset(UNSPECIFIC, null, "optional parameter header truncated");
            }
            int type = b.get(pos) & 0xff;
            int plen = extended ? b.getShort(pos + 1) & 0xffff : b.get(pos + 1) & 0xff;
            if (pos + hdr + plen > len) {
                return reset(UNSPECIFIC, null, "optional parameter " + type + " overruns the message");
            }
            if (type != OpenMessage.CAPABILITIES_PARAMETER) {
                return reset(OPEN_UNSUPPORTED_OPTIONAL_PARAMETER, null, "optional parameter type " + type);
            }
            String[] why = new String[1];
            List<Capability> caps = CapabilityCodec.decodeAll(b.slice(pos + hdr, plen), why);
            if (caps == null) {
                return reset(UNSPECIFIC, null, why[0]);
            }
            for (Capability c : caps) {
                if (c instanceof FourOctetAsCapability f && f.as() == 0) {
                    return reset(OPEN_BAD_PEER_AS, new byte[] {0, 0}, "4-octet AS capability with AS 0");
                }
            }
            params.add(caps);
            pos += hdr + plen;
        }
        return DecodeResult.ok(new OpenMessage(version, myAs, hold, id, params, extended));
    }

    private static DecodeResult reset(int subcode, byte[] data, String reason) {
        return DecodeResult.reset(BgpError.reset(OPEN_MESSAGE_ERROR, subcode, data, reason));
    }
}
