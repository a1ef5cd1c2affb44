package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AS-external-LSAs of an AS boundary router (RFC 2328 12.4.4): one per redistributed IPv4 prefix, plus the
 * default route under `default-information originate` when `always` is given or the RIB has a default route.
 * As FRR, a redistributed default route is not announced by `redistribute`, only by default-information, whose
 * metric defaults to 10 (1 with `always`), type 2.
 */
public final class ExternalPlanner {
    /** FRR's DEFAULT_DEFAULT_ORIGINATE_METRIC: default-information originate following the RIB's default. */
    public static final int DEFAULT_ORIGINATE_METRIC = 10;
    /** FRR's DEFAULT_DEFAULT_ALWAYS_METRIC: default-information originate always. */
    public static final int DEFAULT_ALWAYS_METRIC = 1;
    private static final IpPrefix DEFAULT = Ipv4.prefix(0, 0);

    private ExternalPlanner() {
    }

    /**
     * @param settings `default-information originate`, or null when not configured
     * @param haveDefaultRoute whether the RIB holds a default route from another source
     * @return type-5 LSAs in table order; the first of duplicate prefixes wins
     */
    public static List<PlannedLsa> plan(List<Redistributed> routes, DefaultOriginate settings,
                                        boolean haveDefaultRoute) {
        Map<IpPrefix, Redistributed> byPrefix = new TreeMap<>(IpPrefix.TABLE_ORDER);
        for (Redistributed r : routes) {
            IpPrefix p = r.prefix().isIpv4() ? Ipv4.canonical(r.prefix()) : null;
            if (p != null && p.length() > 0) {
                byPrefix.putIfAbsent(p, r);
            }
        }
        if (settings != null && (settings.always() || haveDefaultRoute)) {
            byPrefix.put(DEFAULT, defaultRoute(settings));
        }
        Map<IpPrefix, Integer> ids = LinkStateIds.assign(byPrefix.keySet());
        List<PlannedLsa> planned = new ArrayList<>();
        byPrefix.forEach((prefix, r) -> {
            Integer id = ids.get(prefix);
            if (id != null) {
                int metric = Math.clamp(r.metric(), 0, SummaryLsaV2.LS_INFINITY);
                ExternalLsaV2 body = new ExternalLsaV2(Ipv4.mask(prefix.length()),
                        List.of(new ExternalLsaV2.Route(r.type2(), 0, metric, r.forwardingAddress(), r.tag())));
                planned.add(new PlannedLsa(LsaTypes.V2_AS_EXTERNAL, id, body));
            }
        });
        return planned;
    }

    private static Redistributed defaultRoute(DefaultOriginate settings) {
        Redistribution how = settings.how() == null ? Redistribution.PLAIN : settings.how();
        int metric = how.metric() >= 0 ? how.metric()
                : settings.always() ? DEFAULT_ALWAYS_METRIC : DEFAULT_ORIGINATE_METRIC;
        return new Redistributed(DEFAULT, metric, how.metricType() != 1, 0, 0);
    }
}
