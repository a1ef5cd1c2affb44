package dev.ferry.lib.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressesTest {
    @Test
    void ipv4() {
        assertTrue(Addresses.isIpv4("10.1.1.254"));
        assertFalse(Addresses.isIpv4("10.1.1"));
        assertFalse(Addresses.isIpv4("10.1.1.256"));
        assertTrue(Addresses.couldBeIpv4("10.1."));
        assertFalse(Addresses.couldBeIpv4("10.x"));
        assertTrue(Addresses.isIpv4Prefix("0.0.0.0/0"));
        assertFalse(Addresses.isIpv4Prefix("1.1.1.1/33"));
    }

    @Test
    void ipv6() {
        assertTrue(Addresses.isIpv6("2001:db8::1"));
        assertTrue(Addresses.isIpv6("::"));
        assertTrue(Addresses.isIpv6("fe80::1:2:3:4"));
        assertTrue(Addresses.isIpv6("1:2:3:4:5:6:7:8"));
        assertTrue(Addresses.isIpv6("::ffff:10.1.1.1"));
        assertFalse(Addresses.isIpv6("1:2:3:4:5:6:7"));
        assertFalse(Addresses.isIpv6("1::2::3"));
        assertFalse(Addresses.isIpv6("12345::"));
        assertFalse(Addresses.isIpv6("eth0"));
        assertTrue(Addresses.isIpv6Prefix("fc00:2::/64"));
        assertFalse(Addresses.isIpv6Prefix("fc00:2::/129"));
    }

    @Test
    void asNn() {
        assertTrue(Addresses.isAsNn("1:100"));
        assertTrue(Addresses.isAsNn("1.1.1.1:100"));
        assertTrue(Addresses.isAsNn("4200000000:1"));
        assertFalse(Addresses.isAsNn("1:"));
        assertFalse(Addresses.isAsNn("x:1"));
        assertTrue(Addresses.couldBeAsNn("10:"));
    }
}
