package dev.ferry.ospfd.core.fsm;

/**
 * RFC 2328 10.4 "Whether to become adjacent": always on point-to-point, point-to-multipoint and virtual links; on
 * broadcast and NBMA networks only between the DR or BDR and the others.
 */
public final class AdjacencyRule {
    private AdjacencyRule() {
    }

    /**
     * @param selfState     the interface's state (DR or Backup: this router is DR or BDR)
     * @param neighborIsDr  the neighbor is the network's DR (the interface's DR field names it)
     * @param neighborIsBdr the neighbor is the network's BDR
     */
    public static boolean shouldBeAdjacent(InterfaceKind kind, InterfaceState selfState, boolean neighborIsDr,
            boolean neighborIsBdr) {
        return switch (kind) {
            case POINT_TO_POINT, POINT_TO_MULTIPOINT, VIRTUAL_LINK -> true;
            case LOOPBACK -> false;
            case BROADCAST, NBMA -> selfState.isDrOrBackup() || neighborIsDr || neighborIsBdr;
        };
    }
}
