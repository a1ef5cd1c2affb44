package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FRR's interface name order: digit runs compare as numbers. */
class InterfaceNamesTest {

    @Test
    void interfaceNamesCompareNumbersAsNumbers() {
        List<String> names = new ArrayList<>(List.of("eth10", "lo", "eth2", "eth1.100", "eth1.20", "eth01", "eth1"));
        names.sort(InterfaceNames.ORDER);
        assertEquals(List.of("eth01", "eth1", "eth1.20", "eth1.100", "eth2", "eth10", "lo"), names);
    }

    @Test
    void equalNamesAreEqualAndHugeNumbersStillOrder() {
        assertEquals(0, InterfaceNames.compare("veth0", "veth0"));
        assertTrue(InterfaceNames.compare("eth99999999999999999999", "eth1") > 0);
        assertTrue(InterfaceNames.compare("eth", "eth0") < 0);
    }
}
