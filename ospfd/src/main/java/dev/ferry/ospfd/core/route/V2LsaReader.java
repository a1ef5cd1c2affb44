package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.wire.Ipv4;

/**
 * OSPFv2: type 3 summaries name a network by Link State ID and mask, type 4 an ASBR by Link State ID; type 5
 * externals carry the TOS 0 metric, E bit and forwarding address (RFC 2328 A.4.4, A.4.5).
 */
final class V2LsaReader implements LsaReader {
    static final V2LsaReader INSTANCE = new V2LsaReader();

    private V2LsaReader() {
    }

    @Override
    public InterAreaAdvert interArea(Lsa lsa) {
        if (!(lsa.body() instanceof SummaryLsaV2 s)) {
            return null;
        }
        int id = lsa.header().linkStateId();
        return switch (lsa.header().type()) {
            case LsaTypes.V2_SUMMARY -> new InterAreaAdvert(Ipv4.prefixOfMask(id, s.networkMask()), 0, s.metric());
            case LsaTypes.V2_ASBR_SUMMARY -> new InterAreaAdvert(null, id, s.metric());
            default -> null;
        };
    }

    @Override
    public ExternalAdvert external(Lsa lsa) {
        if (lsa.header().type() != LsaTypes.V2_AS_EXTERNAL || !(lsa.body() instanceof ExternalLsaV2 e)
                || e.route() == null) {
            return null;
        }
        ExternalLsaV2.Route r = e.route();
        int fa = r.forwardingAddress();
        return new ExternalAdvert(Ipv4.prefixOfMask(lsa.header().linkStateId(), e.networkMask()), r.type2(), r.metric(),
                fa == 0 ? null : Ipv4.toBytes(fa));
    }
}
