package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** 10,000 /24s (ospfd's flood benchmark: 11.0.0.0/24, 11.0.1.0/24, ...) fill a hash table evenly. */
    @Test
    void consecutivePrefixesGetDistinctHashCodes() {
        Set<Integer> v4 = new HashSet<>();
        Set<Integer> v6 = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            v4.add(new IpPrefix(new byte[] {11, (byte) (i >> 8), (byte) i, 0}, 24).hashCode());
            byte[] a6 = IpPrefix.parse("2001:db8:1::/64").address();
            a6[6] = (byte) (i >> 8);
            a6[7] = (byte) i;
            v6.add(new IpPrefix(a6, 64).hashCode());
        }
        assertTrue(v4.size() >= 9_900, v4.size() + " distinct IPv4 hash values");
        assertTrue(v6.size() >= 9_900, v6.size() + " distinct IPv6 hash values");
        assertNotEquals(IpPrefix.parse("10.0.0.0/8").hashCode(), IpPrefix.parse("10.0.0.0/9").hashCode());
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
