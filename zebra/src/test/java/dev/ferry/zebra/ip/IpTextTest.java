package dev.ferry.zebra.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Address text as FRR prints it, prefix masking and order, and FRR's interface name order. */
class IpTextTest {

    @Test
    void ipv6IsPrintedLikeGlibcInetNtop() {
        assertEquals("2001:db8::1", IpAddresses.canonical("2001:DB8:0:0:0:0:0:1"));
        assertEquals("::", IpAddresses.canonical("0:0:0:0:0:0:0:0"));
        assertEquals("::1", IpAddresses.canonical("::1"));
        assertEquals("fe80::", IpAddresses.canonical("fe80:0::"));
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddresses.canonical("2001:db8::1:1:1:1:1"));
        assertEquals("2001:0:0:1::1", IpAddresses.canonical("2001:0:0:1:0:0:0:1"));
        assertEquals("::ffff:10.0.0.1", IpAddresses.canonical("::ffff:a00:1"));
        assertEquals("::10.0.0.1", IpAddresses.canonical("::10.0.0.1"));
    }

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
    void interfaceNamesCompareNumbersAsNumbers() {
        List<String> names = new ArrayList<>(List.of("eth10", "lo", "eth2", "eth1.100", "eth1.20", "eth01", "eth1"));
        names.sort(InterfaceNames.ORDER);
        assertEquals(List.of("eth01", "eth1", "eth1.20", "eth1.100", "eth2", "eth10", "lo"), names);
    }
}
