package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.core.origin.ExternalPlanner;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.Redistributed;
import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AS-External-LSAs (0x4005) of an OSPFv3 AS boundary router (RFC 5340 4.4.3.6, A.4.7), as FRR 8.4 writes them
 * (ospf6_asbr.c ospf6_as_external_lsa_originate): one per redistributed IPv6 prefix, host bits cleared,
 * PrefixOptions 0, no Referenced LS Type; E set for type-2 metrics, T and the tag when the tag is not 0. No
 * forwarding address: FRR sets one only from a route-map's `set forwarding-address`.
 * <p>
 * As in OSPFv2, a redistributed default route is not announced by `redistribute`, only by
 * `default-information originate` (when `always` is given or the RIB has a default route), whose metric defaults to
 * 10 (1 with `always`), type 2. Link State IDs come from a {@link LinkStateIdAllocator#sequential()} the runtime
 * keeps: 0.0.0.1, 0.0.0.2, ... in order of first announcement (prefixes new in one run take them in table order).
 */
public final class V3ExternalPlanner {
    private static final IpPrefix DEFAULT = new IpPrefix(new byte[16], 0);

    private V3ExternalPlanner() {
    }

    /**
     * @param settings `default-information originate`, or null when not configured
     * @param haveDefaultRoute whether the RIB holds an IPv6 default route from another source
     * @param ids the AS-External Link State IDs so far; updated
     * @return type 0x4005 LSAs in table order; the first of duplicate prefixes wins
     */
    public static List<PlannedLsa> plan(List<Redistributed> routes, DefaultOriginate settings,
                                        boolean haveDefaultRoute, LinkStateIdAllocator<IpPrefix> ids) {
        Map<IpPrefix, Redistributed> byPrefix = new TreeMap<>(IpPrefix.TABLE_ORDER);
        for (Redistributed r : routes) {
            if (!r.prefix().isIpv4() && r.prefix().length() > 0) {
                byPrefix.putIfAbsent(r.prefix().masked(), r);
            }
        }
        if (settings != null && (settings.always() || haveDefaultRoute)) {
            byPrefix.put(DEFAULT, defaultRoute(settings));
        }
        ids.retainOnly(byPrefix.keySet());
        List<PlannedLsa> planned = new ArrayList<>();
        byPrefix.forEach((prefix, r) -> planned.add(new PlannedLsa(LsaTypes.V3_AS_EXTERNAL, ids.idFor(prefix),
                body(prefix, r))));
        return planned;
    }

    private static ExternalLsaV3 body(IpPrefix prefix, Redistributed r) {
        int flags = (r.type2() ? ExternalLsaV3.FLAG_E : 0) | (r.tag() != 0 ? ExternalLsaV3.FLAG_T : 0);
        int metric = Math.clamp(r.metric(), 0, V3SummaryPlanner.LS_INFINITY);
        return new ExternalLsaV3(flags, metric, Ospf6Prefix.of(prefix, 0, 0), null, r.tag(), 0);
    }

    private static Redistributed defaultRoute(DefaultOriginate settings) {
        Redistribution how = settings.how() == null ? Redistribution.PLAIN : settings.how();
        int metric = how.metric() >= 0 ? how.metric()
                : settings.always() ? ExternalPlanner.DEFAULT_ALWAYS_METRIC : ExternalPlanner.DEFAULT_ORIGINATE_METRIC;
        return new Redistributed(DEFAULT, metric, how.metricType() != 1, 0, 0);
    }
}
