package dev.ferry.lib.net;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A daemon's configured interfaces, iterated as FRR lists them in running-config: VRF by VRF, names in
 * {@link InterfaceNames} order. Names are unique across VRFs with VRF-lite, so an interface is looked up
 * by its name alone, whatever VRF a command names.
 *
 * @param <T> the daemon's per-interface settings
 */
public final class InterfaceTable<T extends ConfiguredInterface> implements Iterable<T> {
    private static final Comparator<ConfiguredInterface> LISTING_ORDER = Comparator
            .comparing(ConfiguredInterface::vrf)
            .thenComparing(ConfiguredInterface::name, InterfaceNames.ORDER);

    private final String defaultVrf;
    private final BiFunction<String, String, T> create;
    private final TreeSet<T> interfaces = new TreeSet<>(LISTING_ORDER);

    /**
     * @param defaultVrf the VRF an interface is created in when a command names none
     * @param create makes a daemon's interface from its name and VRF
     */
    public InterfaceTable(String defaultVrf, BiFunction<String, String, T> create) {
        this.defaultVrf = defaultVrf;
        this.create = create;
    }

    /** Interface NAME in any VRF; if new, it is created in {@code vrf} (null: the default VRF). */
    public T findOrCreate(String name, String vrf) {
        T existing = find(name);
        if (existing != null) {
            return existing;
        }
        T created = create.apply(name, vrf == null ? defaultVrf : vrf);
        interfaces.add(created);
        return created;
    }

    /** Interface NAME in any VRF, or null. */
    public T find(String name) {
        for (T i : interfaces) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    /** Forgets interface NAME; false if it was not configured. */
    public boolean remove(String name) {
        return interfaces.removeIf(i -> i.name().equals(name));
    }

    /** A snapshot in listing order. */
    public List<T> list() {
        return List.copyOf(interfaces);
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }
}
