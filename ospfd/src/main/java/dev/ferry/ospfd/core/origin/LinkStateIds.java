package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Link State IDs for summary and AS-external-LSAs (RFC 2328 Appendix E). The natural ID is the network address,
 * but 10.0.0.0/8 and 10.0.0.0/16 would then clash; the Appendix gives the more specific network the network
 * address and the other one its address with all host bits set (10.255.255.255). Computed from the whole set at
 * once, longest prefixes first, so the result does not depend on the order routes arrived in: when a prefix
 * leaves, the others move back to their natural IDs and the runtime re-originates them.
 */
public final class LinkStateIds {
    private static final Comparator<IpPrefix> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((IpPrefix p) -> -p.length())
            .thenComparing(p -> Ipv4.network(p), Integer::compareUnsigned);

    private LinkStateIds() {
    }

    /**
     * Assigns an ID to each IPv4 prefix of one LSA type and flooding scope. The keys of the result are the
     * prefixes with host bits cleared. A prefix whose network and broadcast addresses are both taken (possible
     * only with a host route on a broadcast address) gets none and is left out: it cannot be advertised.
     */
    public static Map<IpPrefix, Integer> assign(Collection<IpPrefix> prefixes) {
        List<IpPrefix> sorted = new ArrayList<>(prefixes.stream().map(Ipv4::canonical).distinct().toList());
        sorted.sort(MOST_SPECIFIC_FIRST);
        Set<Integer> taken = new HashSet<>();
        Map<IpPrefix, Integer> ids = new LinkedHashMap<>();
        for (IpPrefix p : sorted) {
            int natural = Ipv4.network(p);
            int alternative = Ipv4.broadcast(p);
            if (taken.add(natural)) {
                ids.put(p, natural);
            } else if (taken.add(alternative)) {
                ids.put(p, alternative);
            }
        }
        return ids;
    }
}
