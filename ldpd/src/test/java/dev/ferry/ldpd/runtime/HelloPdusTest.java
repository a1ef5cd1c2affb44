package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.lib.pcap.Pcap;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Link Hellos: FRR's (from its capture) parsed into what discovery needs; ours built as FRR's but for the G bit. */
class HelloPdusTest {

    private static byte[] firstFrrHello() throws Exception {
        for (Pcap.Frame f : Pcap.resource("/frr-reference/out/pcap/ldp-session.pcap")) {
            if (f.ipProtocol() == 17 && f.ports() != null && f.ports()[1] == 646) {
                return f.l4Payload();
            }
        }
        throw new AssertionError("no Hello in the capture");
    }

    @Test
    void frrHelloGivesPeerTransportAndHoldTime() throws Exception {
        InetSocketAddress from = new InetSocketAddress(InetAddress.getByName("10.1.1.254"), 646);
        HelloPdus.Received h = HelloPdus.parse(firstFrrHello(), from);
        assertNotNull(h);
        assertEquals(LdpId.of("9.9.9.9"), h.peer());
        assertEquals(Ipv4.parse("10.1.1.254"), h.source());
        assertEquals(Ipv4.parse("9.9.9.9"), h.transport());
        assertEquals(15, h.holdtime());
        assertFalse(h.targeted());
    }

    @Test
    void ourHelloIsFrrsWithTheGBitClear() throws Exception {
        byte[] frr = firstFrrHello();
        byte[] ours = HelloPdus.link(LdpId.of("9.9.9.9"), 1, 15, Ipv4.parse("9.9.9.9"), 7);
        assertEquals(frr.length, ours.length);
        byte[] expected = Arrays.copyOf(frr, frr.length);
        // Common Hello Parameters flags: PDU header 10, message header 8, TLV header 4, hold time 2.
        expected[24] &= (byte) ~0x20;
        assertArrayEquals(expected, ours);
    }

    @Test
    void garbageIsNotAHello() throws Exception {
        InetSocketAddress from = new InetSocketAddress(InetAddress.getByName("10.1.1.254"), 646);
        assertNull(HelloPdus.parse(new byte[] {0, 1, 0, 2, 3}, from));
    }
}
