package dev.ferry.ospfd.core.lsdb;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.Set;

/**
 * Which LSAs are this router's own (RFC 2328 13.4): those it advertises, and in OSPFv2 also Network-LSAs whose
 * Link State ID is one of its interface addresses (it was the network's DR under another router id). Received
 * copies of them trigger re-origination or a flush instead of being installed as they are.
 */
public final class SelfOrigination {
    private SelfOrigination() {
    }

    public static boolean isSelfOriginated(Lsa lsa, int routerId) {
        return isSelfOriginated(lsa, routerId, Set.of());
    }

    /** @param ownAddresses the IPv4 addresses of the router's interfaces (ignored for OSPFv3) */
    public static boolean isSelfOriginated(Lsa lsa, int routerId, Set<Integer> ownAddresses) {
        if (lsa.header().advertisingRouter() == routerId) {
            return true;
        }
        return lsa.version() == OspfVersion.V2 && lsa.header().type() == LsaTypes.V2_NETWORK
                && ownAddresses.contains(lsa.header().linkStateId());
    }
}
