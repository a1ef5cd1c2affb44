package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two network routing tables, so that only changes go to zebra after an SPF run (RFC 2328
 * 16.7 asks the same for the routes that changed).
 */
public final class RouteDiff {
    private RouteDiff() {
    }

    /**
     * @param addedOrChanged new prefixes and prefixes whose route differs in any field, with the new route
     * @param removed prefixes that are gone
     */
    public record Diff(Map<IpPrefix, OspfRoute> addedOrChanged, Set<IpPrefix> removed) {
        public Diff {
            addedOrChanged = Collections.unmodifiableMap(new LinkedHashMap<>(addedOrChanged));
            removed = Collections.unmodifiableSet(new LinkedHashSet<>(removed));
        }

        public boolean isEmpty() {
            return addedOrChanged.isEmpty() && removed.isEmpty();
        }
    }

    public static Diff diff(Map<IpPrefix, OspfRoute> old, Map<IpPrefix, OspfRoute> now) {
        Map<IpPrefix, OspfRoute> changed = new LinkedHashMap<>();
        now.forEach((prefix, route) -> {
            if (!route.equals(old.get(prefix))) {
                changed.put(prefix, route);
            }
        });
        Set<IpPrefix> removed = new LinkedHashSet<>();
        for (IpPrefix prefix : old.keySet()) {
            if (!now.containsKey(prefix)) {
                removed.add(prefix);
            }
        }
        return new Diff(changed, removed);
    }
}
