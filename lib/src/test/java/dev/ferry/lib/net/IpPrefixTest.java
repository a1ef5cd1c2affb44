package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prefixes keep the address as given, mask on request and sort in FRR's two orders. */
class IpPrefixTest {

    @Test
    void prefixesMaskAndSortAsFrr() {
        assertEquals("10.1.1.0/24", IpPrefix.parse("10.1.1.77/24").masked().toString());
        assertEquals("2001:db8::/33", IpPrefix.parse("2001:db8:7fff::1/33").masked().toString());
        List<IpPrefix> table = new ArrayList<>(List.of(IpPrefix.parse("10.1.2.0/24"), IpPrefix.parse("10.0.0.0/8"),
                IpPrefix.parse("9.9.9.9/32"), IpPrefix.parse("10.1.1.0/24")));
        table.sort(IpPrefix.TABLE_ORDER);
        assertEquals("[9.9.9.9/32, 10.0.0.0/8, 10.1.1.0/24, 10.1.2.0/24]", table.toString());
        table.sort(IpPrefix.LENGTH_FIRST);
        assertEquals("[10.0.0.0/8, 10.1.1.0/24, 10.1.2.0/24, 9.9.9.9/32]", table.toString());
    }

    @Test
    void ipv4SortsBeforeIpv6InBothOrders() {
        List<IpPrefix> mixed = new ArrayList<>(List.of(IpPrefix.parse("::/0"), IpPrefix.parse("10.0.0.0/8")));
        mixed.sort(IpPrefix.LENGTH_FIRST);
        assertEquals("[10.0.0.0/8, ::/0]", mixed.toString());
        mixed.sort(IpPrefix.TABLE_ORDER.reversed());
        mixed.sort(IpPrefix.TABLE_ORDER);
        assertEquals("[10.0.0.0/8, ::/0]", mixed.toString());
    }

    @Test
    void keepsTheAddressAsWrittenAndComparesByValue() {
        IpPrefix onInterface = IpPrefix.parse("10.1.1.1/24");
        assertEquals("10.1.1.1/24", onInterface.toString());
        assertEquals("10.1.1.1", onInterface.addressText());
        assertEquals(IpPrefix.parse("10.1.1.1/24"), onInterface);
        assertEquals(IpPrefix.parse("10.1.1.1/24").hashCode(), onInterface.hashCode());
        assertNotEquals(onInterface.masked(), onInterface);
        assertTrue(onInterface.isIpv4());
        assertFalse(IpPrefix.parse("::1/128").isIpv4());
    }

    @Test
    void cannotBeChangedThroughItsBytes() {
        byte[] given = IpAddresses.parse("10.0.0.1");
        IpPrefix p = new IpPrefix(given, 32);
        given[3] = 9;
        p.address()[3] = 7;
        assertEquals("10.0.0.1/32", p.toString());
    }

    @Test
    void hostPrefixCoversOneAddress() {
        assertEquals("192.0.2.1/32", IpPrefix.host(IpAddresses.parse("192.0.2.1")).toString());
        assertEquals("2001:db8::1/128", IpPrefix.host(IpAddresses.parse("2001:db8::1")).toString());
    }

    @Test
    void rejectsMissingOrOutOfRangeLengths() {
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("10.0.0.0"));
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("::/129"));
    }
}
