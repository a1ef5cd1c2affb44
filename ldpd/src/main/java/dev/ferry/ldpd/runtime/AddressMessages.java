package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.AddressWithdrawMessage;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** Address and Address Withdraw messages of this LSR's IPv4 addresses. */
final class AddressMessages {
    private AddressMessages() {
    }

    static AddressMessage address(int messageId, List<Integer> addresses) {
        return new AddressMessage(messageId, list(addresses));
    }

    static AddressWithdrawMessage withdraw(int messageId, List<Integer> addresses) {
        return new AddressWithdrawMessage(messageId, list(addresses));
    }

    private static AddressListTlv list(List<Integer> addresses) {
        List<InetAddress> out = new ArrayList<>();
        for (int a : addresses) {
            out.add(Ipv4.inet(a));
        }
        return new AddressListTlv(AddressFamily.IPV4, out);
    }
}
