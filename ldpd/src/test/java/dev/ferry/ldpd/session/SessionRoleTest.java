package dev.ferry.ldpd.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** RFC 5036 section 2.5.2: the higher transport address, as an unsigned number, plays the active role. */
class SessionRoleTest {
    private static InetAddress ip(String s) throws UnknownHostException {
        return InetAddress.getByName(s);
    }

    @Test
    void higherTransportAddressIsActive() throws Exception {
        assertEquals(SessionRole.ACTIVE, SessionRole.of(ip("2.2.2.2"), ip("1.1.1.1")));
        assertEquals(SessionRole.PASSIVE, SessionRole.of(ip("1.1.1.1"), ip("2.2.2.2")));
    }

    @Test
    void addressesCompareAsUnsignedNumbers() throws Exception {
        // 200.0.0.1 has its high bit set: a signed byte comparison would make it the lower one
        assertEquals(SessionRole.ACTIVE, SessionRole.of(ip("200.0.0.1"), ip("10.0.0.1")));
        assertEquals(SessionRole.PASSIVE, SessionRole.of(ip("10.0.0.1"), ip("200.0.0.1")));
        assertEquals(SessionRole.ACTIVE, SessionRole.of(ip("10.0.0.2"), ip("10.0.0.1")));
        assertEquals(SessionRole.PASSIVE, SessionRole.of(ip("9.255.255.255"), ip("10.0.0.0")));
    }

    @Test
    void ipv6TransportAddressesCompareTheSameWay() throws Exception {
        assertEquals(SessionRole.ACTIVE, SessionRole.of(ip("fd00::2"), ip("2001:db8::1")));
        assertEquals(SessionRole.PASSIVE, SessionRole.of(ip("2001:db8::1"), ip("2001:db8::1:0")));
    }

    @Test
    void equalOrMixedAddressesHaveNoRole() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> SessionRole.of(ip("1.1.1.1"), ip("1.1.1.1")));
        assertThrows(IllegalArgumentException.class, () -> SessionRole.of(ip("1.1.1.1"), ip("::1")));
    }
}
