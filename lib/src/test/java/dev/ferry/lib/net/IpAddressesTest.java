package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Address literals parsed to bytes and printed back the way FRR (glibc inet_ntop) prints them. */
class IpAddressesTest {

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
    void theFirstOfEqualZeroRunsBecomesTheGap() {
        assertEquals("1::1:1:0:0:1", IpAddresses.canonical("1:0:0:1:1:0:0:1"));
        assertEquals("1:0:1::", IpAddresses.canonical("1:0:1:0:0:0:0:0"));
    }

    @Test
    void parsesBothFamiliesToNetworkOrderBytes() {
        assertArrayEquals(new byte[] {10, 0, (byte) 255, 1}, IpAddresses.parse("10.0.255.1"));
        byte[] v6 = IpAddresses.parse("2001:db8::a:1");
        assertEquals(16, v6.length);
        assertEquals(0x20, v6[0]);
        assertEquals(0x0a, v6[13]);
        assertEquals(0x01, v6[15]);
        assertEquals("10.0.255.1", IpAddresses.format(IpAddresses.parse("10.0.255.1")));
    }

    @Test
    void rejectsWhatIsNoAddress() {
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse("10.0.0"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse("10.0.0.256"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse("1:2:3:4:5:6:7"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse("1:2:3:4:5:6:7:8:9"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.parse("12345::"));
    }
}
