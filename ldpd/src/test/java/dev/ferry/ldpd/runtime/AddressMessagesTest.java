package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An LSR with thousands of addresses: its Address messages are cut so that each PDU stays within the 4096-byte
 * maximum a peer accepts (found by bench/ldp-fec.sh with 10,000 addresses: one 40 KB PDU, a Bad PDU Length).
 */
class AddressMessagesTest {
    @Test
    void tenThousandAddressesFitInPdusAPeerAccepts() {
        List<Integer> addresses = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            addresses.add(Ipv4.parse("10." + (1 + i / 256) + "." + (i % 256) + ".1"));
        }
        AtomicInteger ids = new AtomicInteger();
        List<AddressMessage> messages = AddressMessages.address(ids::incrementAndGet, addresses);
        assertEquals(10, messages.size());
        List<Integer> back = new ArrayList<>();
        for (AddressMessage m : messages) {
            byte[] pdu = Pdu.of(LdpId.of("1.1.1.1"), m).toBytes();
            assertTrue(pdu.length - 4 <= Pdu.DEFAULT_MAX_LENGTH, "PDU length " + (pdu.length - 4));
            var r = PduDecoder.decode(pdu, PduLimits.DEFAULT);
            assertTrue(r.clean(), r.errors().toString());
            ((AddressMessage) r.messages().getFirst()).addresses().addresses()
                    .forEach(a -> back.add(Ipv4.of((java.net.Inet4Address) a)));
        }
        assertEquals(addresses, back, "every address, once, in order");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), messages.stream().map(AddressMessage::messageId).toList());
        assertTrue(AddressMessages.withdraw(ids::incrementAndGet, List.of()).isEmpty());
    }
}
