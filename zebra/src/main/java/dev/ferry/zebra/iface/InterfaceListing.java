package dev.ferry.zebra.iface;

import dev.ferry.lib.net.InterfaceNames;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraInterface;
import dev.ferry.zebra.config.ZebraVrf;
import dev.ferry.zebra.rib.RibVrf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interfaces `show interface` walks, as FRR's vrfs_by_name / ifaces_by_name trees hold them: every
 * VRF zebra knows of (active, configured, or named by an interface's config) in strcmp order, and in each
 * its interfaces in interface-name order. A configured interface the kernel does not have is a "pseudo
 * interface" in the VRF its config names.
 */
final class InterfaceListing {
    /** One interface: its kernel link (null for a pseudo interface) and its config (null if none). */
    record Row(String name, String vrf, KernelLink link, ZebraInterface config) {
    }

    private final Map<String, List<Row>> byVrf = new TreeMap<>();

    InterfaceListing(InterfaceManager m) {
        InterfaceState state = m.state();
        ZebraConfig config = m.config();
        byVrf.put(RibVrf.DEFAULT_NAME, new ArrayList<>());
        for (RibVrf v : m.rib().vrfs().all()) {
            byVrf.putIfAbsent(v.name(), new ArrayList<>());
        }
        for (ZebraVrf v : config.vrfs()) {
            byVrf.putIfAbsent(v.name(), new ArrayList<>());
        }
        for (KernelLink k : state.links()) {
            String vrf = state.vrfName(state.vrfId(k));
            byVrf.computeIfAbsent(vrf, x -> new ArrayList<>())
                    .add(new Row(k.name(), vrf, k, config.interfaces().find(k.name())));
        }
        for (ZebraInterface c : config.interfaces()) {
            if (state.byName(c.name()) == null) {
                byVrf.computeIfAbsent(c.vrf(), x -> new ArrayList<>()).add(new Row(c.name(), c.vrf(), null, c));
            }
        }
        byVrf.values().forEach(l -> l.sort(Comparator.comparing(Row::name, InterfaceNames.ORDER)));
    }

    /** The VRF names in FRR's order. */
    List<String> vrfs() {
        return List.copyOf(byVrf.keySet());
    }

    boolean hasVrf(String name) {
        return byVrf.containsKey(name);
    }

    List<Row> in(String vrf) {
        return byVrf.getOrDefault(vrf, List.of());
    }

    /** Interface NAME in VRF {@code vrf} (null: any VRF), or null. */
    Row find(String name, String vrf) {
        for (Map.Entry<String, List<Row>> e : byVrf.entrySet()) {
            if (vrf != null && !vrf.equals(e.getKey())) {
                continue;
            }
            for (Row r : e.getValue()) {
                if (r.name().equals(name)) {
                    return r;
                }
            }
        }
        return null;
    }
}
