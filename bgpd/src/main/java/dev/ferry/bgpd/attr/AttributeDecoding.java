package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.ErrorAction;

/**
 * What decoding one attribute's value gave when it can fail in more than one way (MP_REACH_NLRI and
 * MP_UNREACH_NLRI): the attribute, or the reaction and reason.
 */
record AttributeDecoding(PathAttribute attribute, ErrorAction action, int subcode, AddressFamily family,
        String reason) {
    static AttributeDecoding ok(PathAttribute a) {
        return new AttributeDecoding(a, ErrorAction.NONE, 0, null, null);
    }

    static AttributeDecoding fail(ErrorAction action, int subcode, AddressFamily family, String reason) {
        return new AttributeDecoding(null, action, subcode, family, reason);
    }
}
