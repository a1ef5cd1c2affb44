package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.RouterIds;

/**
 * What identifies an LSA instance-independently (RFC 2328 12.1, RFC 5340 4.4.1): LS type, Link State ID and
 * Advertising Router. The LSDB's key and the content of a Link State Request.
 *
 * @param type v2: the 8-bit LS type; v3: the 16-bit LS type with its U and S bits
 */
public record LsaKey(int type, int linkStateId, int advertisingRouter) {
    @Override
    public String toString() {
        return "type 0x" + Integer.toHexString(type) + " id " + RouterIds.format(linkStateId) + " adv "
                + RouterIds.format(advertisingRouter);
    }
}
