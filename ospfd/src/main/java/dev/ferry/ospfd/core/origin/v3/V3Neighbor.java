package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.wire.RouterIds;

/**
 * A Full neighbor on one of our links, as OSPFv3 names it (RFC 5340 4.4.3.2): its router id and the Interface ID
 * it announced in its Hellos, which our Router-LSA quotes as the Neighbor Interface ID.
 */
public record V3Neighbor(int routerId, int interfaceId) {
    @Override
    public String toString() {
        return RouterIds.format(routerId) + "/" + Integer.toUnsignedString(interfaceId);
    }
}
