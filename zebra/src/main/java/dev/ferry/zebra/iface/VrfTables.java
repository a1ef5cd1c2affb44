package dev.ferry.zebra.iface;

import java.util.Set;

/**
 * The kernel table of a VRF device zebra creates. FRR never creates VRF devices (its users write `ip link
 * add NAME type vrf table N` themselves); the numbers they are used to come from ifupdown2's `vrf-table
 * auto` (Cumulus Linux, where FRR's VRF support was born): the lowest free table from 1001 up to 1255.
 * Ferry does the same and goes on above 1255 if ever all are taken. A VRF device that already exists
 * keeps its table, so a restart never renumbers anything.
 */
final class VrfTables {
    static final int FIRST = 1001;

    private VrfTables() {
    }

    /** The lowest table from 1001 up that no VRF device uses. */
    static int choose(Set<Integer> used) {
        int t = FIRST;
        while (used.contains(t)) {
            t++;
        }
        return t;
    }
}
