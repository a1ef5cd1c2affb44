package dev.ferry.zebra.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * zebra's SRv6 locators. A locator exists from `locator NAME` on, but (as in FRR 8.4) joins the list that
 * running-config and clients see only when its prefix is first set, so the list is in that order.
 */
public final class Srv6Config {
    private final Map<String, Srv6Locator> all = new LinkedHashMap<>();
    private final List<Srv6Locator> active = new ArrayList<>();

    /** The locator NAME, created if new. */
    public Srv6Locator locator(String name) {
        return all.computeIfAbsent(name, Srv6Locator::new);
    }

    /** Called once a locator's prefix is set: from then on it is listed. */
    public void activate(Srv6Locator locator) {
        if (!active.contains(locator)) {
            active.add(locator);
        }
    }

    /** Removes a listed locator; false if there is none by that name. */
    public boolean remove(String name) {
        Srv6Locator l = all.get(name);
        if (l == null || !active.contains(l)) {
            return false;
        }
        all.remove(name);
        active.remove(l);
        return true;
    }

    public void removeAll() {
        all.values().removeIf(active::contains);
        active.clear();
    }

    /** The locators with a prefix, in the order they got it. */
    public List<Srv6Locator> locators() {
        return List.copyOf(active);
    }

    /** Whether `segment-routing` appears in running-config (FRR: some locator is listed). */
    public boolean isEnabled() {
        return !active.isEmpty();
    }
}
