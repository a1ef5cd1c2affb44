package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.wire.RouterIds;

/**
 * An LSA this router should originate, without its header: the runtime adds age, options, sequence and checksum
 * with {@link SelfLsa#header(PlannedLsa, int, int, boolean)}. Type and Link State ID form its key with the
 * router's own id.
 */
public record PlannedLsa(int type, int linkStateId, LsaBody body) {
    @Override
    public String toString() {
        return "PlannedLsa[type " + type + " id " + RouterIds.format(linkStateId) + " " + body + "]";
    }
}
