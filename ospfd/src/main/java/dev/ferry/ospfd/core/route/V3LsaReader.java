package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.Arrays;

/**
 * OSPFv3 (RFC 5340 A.4.5-A.4.7): Inter-Area-Prefix-LSAs carry the prefix in their body, Inter-Area-Router-LSAs the
 * destination router id, AS-External-LSAs the prefix, E bit and, with the F bit, a forwarding address. Prefixes
 * with the NU bit are not routed (RFC 5340 A.4.1.1).
 */
final class V3LsaReader implements LsaReader {
    static final V3LsaReader INSTANCE = new V3LsaReader();
    private static final byte[] UNSPECIFIED = new byte[16];

    private V3LsaReader() {
    }

    @Override
    public InterAreaAdvert interArea(Lsa lsa) {
        return switch (lsa.body()) {
            case InterAreaPrefixLsa p when lsa.header().type() == LsaTypes.V3_INTER_AREA_PREFIX
                    && routable(p.prefix()) -> new InterAreaAdvert(p.prefix().toIpPrefix(), 0, p.metric());
            case InterAreaRouterLsa r when lsa.header().type() == LsaTypes.V3_INTER_AREA_ROUTER ->
                    new InterAreaAdvert(null, r.destinationRouterId(), r.metric());
            default -> null;
        };
    }

    @Override
    public ExternalAdvert external(Lsa lsa) {
        if (lsa.header().type() != LsaTypes.V3_AS_EXTERNAL || !(lsa.body() instanceof ExternalLsaV3 e)
                || !routable(e.prefix())) {
            return null;
        }
        byte[] fa = e.forwardingAddress();
        if (fa != null && Arrays.equals(fa, UNSPECIFIED)) {
            fa = null;
        }
        return new ExternalAdvert(e.prefix().toIpPrefix(), e.type2(), e.metric(), fa);
    }

    private static boolean routable(Ospf6Prefix p) {
        return (p.options() & Ospf6Prefix.NU) == 0;
    }
}
