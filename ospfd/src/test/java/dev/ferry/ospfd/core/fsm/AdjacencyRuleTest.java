package dev.ferry.ospfd.core.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 2328 10.4 over every kind, state and neighbor role. */
class AdjacencyRuleTest {
    @Test
    void everyCombination() {
        for (InterfaceKind kind : InterfaceKind.values()) {
            for (InterfaceState state : InterfaceState.values()) {
                for (boolean nbrDr : new boolean[] {true, false}) {
                    for (boolean nbrBdr : new boolean[] {true, false}) {
                        boolean expected = switch (kind) {
                            case POINT_TO_POINT, POINT_TO_MULTIPOINT, VIRTUAL_LINK -> true;
                            case LOOPBACK -> false;
                            case BROADCAST, NBMA -> state == InterfaceState.DR || state == InterfaceState.BACKUP
                                    || nbrDr || nbrBdr;
                        };
                        assertEquals(expected, AdjacencyRule.shouldBeAdjacent(kind, state, nbrDr, nbrBdr),
                                kind + " " + state + " " + nbrDr + " " + nbrBdr);
                    }
                }
            }
        }
    }

    @Test
    void twoDrOthersOnALanStayTwoWay() {
        assertEquals(false, AdjacencyRule.shouldBeAdjacent(InterfaceKind.BROADCAST, InterfaceState.DR_OTHER,
                false, false));
        assertEquals(true, AdjacencyRule.shouldBeAdjacent(InterfaceKind.BROADCAST, InterfaceState.DR_OTHER,
                true, false));
        assertEquals(true, AdjacencyRule.shouldBeAdjacent(InterfaceKind.NBMA, InterfaceState.BACKUP,
                false, false));
    }

    @Test
    void kindsFromConfiguration() {
        assertEquals(InterfaceKind.NBMA, InterfaceKind.of(dev.ferry.ospfd.config.OspfNetworkType.NON_BROADCAST));
        assertEquals(InterfaceKind.POINT_TO_MULTIPOINT,
                InterfaceKind.of(dev.ferry.ospfd.config.OspfNetworkType.POINT_TO_MULTIPOINT));
        assertEquals(InterfaceKind.BROADCAST,
                InterfaceKind.of(dev.ferry.ospfd.ospf6.config.Ospf6NetworkType.BROADCAST));
        assertEquals(InterfaceKind.POINT_TO_POINT,
                InterfaceKind.of(dev.ferry.ospfd.ospf6.config.Ospf6NetworkType.POINT_TO_POINT));
    }
}
