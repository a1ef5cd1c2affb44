package dev.ferry.ospfd.core.fsm;

import dev.ferry.ospfd.wire.RouterIds;

/**
 * The result of a DR election: the DR and BDR as Hellos name them (v2 interface addresses, v3 Router IDs), 0 for
 * none.
 */
public record Election(int dr, int bdr) {
    public static final Election NONE = new Election(0, 0);

    /** The interface state the election gives the router named {@code selfId} (RFC 2328 9.4 step 5). */
    public InterfaceState stateFor(int selfId) {
        if (dr != 0 && dr == selfId) {
            return InterfaceState.DR;
        }
        if (bdr != 0 && bdr == selfId) {
            return InterfaceState.BACKUP;
        }
        return InterfaceState.DR_OTHER;
    }

    /** The DR's Router ID among the election's routers, or 0. */
    public int drRouterId(ElectionInput in) {
        return in.routerIdOf(dr);
    }

    /** The BDR's Router ID among the election's routers, or 0. */
    public int bdrRouterId(ElectionInput in) {
        return in.routerIdOf(bdr);
    }

    @Override
    public String toString() {
        return "Election[dr=" + RouterIds.format(dr) + ", bdr=" + RouterIds.format(bdr) + "]";
    }
}
