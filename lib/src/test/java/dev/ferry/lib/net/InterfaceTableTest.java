package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Interfaces listed VRF by VRF in FRR's name order, looked up by name alone (VRF-lite). */
class InterfaceTableTest {
    private static final class Iface extends ConfiguredInterface {
        Iface(String name, String vrf) {
            super(name, vrf);
        }

        @Override
        public String toString() {
            return vrf() + "/" + name();
        }
    }

    private final InterfaceTable<Iface> table = new InterfaceTable<>("default", Iface::new);

    @Test
    void listsVrfByVrfWithNamesInFrrOrder() {
        table.findOrCreate("eth10", null);
        table.findOrCreate("eth2", "default");
        table.findOrCreate("lo", "blue");
        table.findOrCreate("eth1", "red");
        assertEquals("[blue/lo, default/eth2, default/eth10, red/eth1]", table.list().toString());
    }

    @Test
    void anExistingInterfaceIsFoundWhateverVrfIsNamed() {
        Iface first = table.findOrCreate("eth0", "red");
        assertSame(first, table.findOrCreate("eth0", "blue"));
        assertSame(first, table.findOrCreate("eth0", null));
        assertSame(first, table.find("eth0"));
        assertEquals("red", first.vrf());
        assertNull(table.find("eth1"));
    }

    @Test
    void removeForgetsTheInterfaceInAnyVrf() {
        table.findOrCreate("eth0", "red");
        assertTrue(table.remove("eth0"));
        assertFalse(table.remove("eth0"));
        assertEquals(List.of(), table.list());
    }

    @Test
    void iteratesOverASnapshot() {
        table.findOrCreate("eth0", null);
        table.findOrCreate("eth1", null);
        for (Iface i : table) {
            table.remove(i.name());
        }
        assertEquals(List.of(), table.list());
    }
}
