package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.AddressWithdrawMessage;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Address and Address Withdraw messages of this LSR's IPv4 addresses, as many as it takes: each goes in a PDU of
 * its own, which may not exceed the 4096-byte maximum PDU length (RFC 5036 section 3.5.3), so a list holds at most
 * {@link #PER_MESSAGE} addresses (FRR's send_address cuts its lists at the PDU size the same way).
 */
final class AddressMessages {
    /** (4096 - LDP id 6 - message header 8 - TLV header 4 - family 2) / 4 = 1019, rounded down. */
    static final int PER_MESSAGE = 1000;

    private AddressMessages() {
    }

    static List<AddressMessage> address(IntSupplier messageIds, List<Integer> addresses) {
        List<AddressMessage> out = new ArrayList<>();
        for (List<Integer> part : parts(addresses)) {
            out.add(new AddressMessage(messageIds.getAsInt(), list(part)));
        }
        return out;
    }

    static List<AddressWithdrawMessage> withdraw(IntSupplier messageIds, List<Integer> addresses) {
        List<AddressWithdrawMessage> out = new ArrayList<>();
        for (List<Integer> part : parts(addresses)) {
            out.add(new AddressWithdrawMessage(messageIds.getAsInt(), list(part)));
        }
        return out;
    }

    private static List<List<Integer>> parts(List<Integer> addresses) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i += PER_MESSAGE) {
            out.add(addresses.subList(i, Math.min(addresses.size(), i + PER_MESSAGE)));
        }
        return out;
    }

    private static AddressListTlv list(List<Integer> addresses) {
        List<InetAddress> out = new ArrayList<>();
        for (int a : addresses) {
            out.add(Ipv4.inet(a));
        }
        return new AddressListTlv(AddressFamily.IPV4, out);
    }
}
