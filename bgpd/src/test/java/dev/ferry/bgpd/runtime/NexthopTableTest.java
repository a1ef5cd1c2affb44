package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Next hops are registered once, and what is asked about them follows zebra's updates, asked by any array. */
class NexthopTableTest {
    private final List<String> registered = new ArrayList<>();
    private final NexthopTable table = new NexthopTable(a -> registered.add(IpAddresses.format(a)));

    @Test
    void eachAddressIsRegisteredOnceAndItsStateFollowsZebra() {
        byte[] nh = IpAddresses.parse("10.0.0.1");
        assertFalse(table.reachable(nh), "not tracked yet");
        table.track(nh);
        table.track(nh);
        table.track(IpAddresses.parse("10.0.0.1"));
        assertEquals(List.of("10.0.0.1"), registered);
        assertFalse(table.reachable(nh), "no answer yet");

        assertTrue(table.update(IpAddresses.parse("10.0.0.1"), new NexthopTable.Resolution(true, 20, null)));
        assertTrue(table.reachable(nh));
        assertEquals(20, table.metric(nh));
        assertTrue(table.update(IpAddresses.parse("10.0.0.1"), new NexthopTable.Resolution(false, 0, null)));
        assertFalse(table.reachable(nh), "the answer asked about just before changed");
        assertFalse(table.update(IpAddresses.parse("10.0.0.1"), new NexthopTable.Resolution(false, 0, null)));

        byte[] other = IpAddresses.parse("10.0.0.2");
        assertFalse(table.reachable(other));
        table.track(other);
        assertEquals(List.of("10.0.0.1", "10.0.0.2"), registered, "asked about before it was tracked");
    }
}
