package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.HelloMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.ldpd.packet.tlv.ConfigSequenceNumberTlv;
import dev.ferry.ldpd.packet.tlv.Ipv4TransportAddressTlv;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Link Hellos out and in. Ours carry the hold time, the IPv4 transport address and the configuration sequence
 * number, as FRR's; the G bit (RFC 6720 GTSM) stays clear, so FRR does not require TTL 255 on the session.
 */
final class HelloPdus {
    /** What discovery needs of a received Hello. */
    record Received(LdpId peer, int source, int transport, int holdtime, boolean targeted) {
    }

    private HelloPdus() {
    }

    static byte[] link(LdpId local, int messageId, int holdtime, int transport, long configSequence) {
        HelloMessage hello = new HelloMessage(messageId, new CommonHelloParamsTlv(holdtime, false, false, false),
                Optional.of(new Ipv4TransportAddressTlv(Ipv4.inet(transport))), Optional.empty(),
                Optional.of(new ConfigSequenceNumberTlv(configSequence)), Optional.empty(), List.of());
        return Pdu.of(local, hello).toBytes();
    }

    /** The Hello of a datagram, or null when it is not a well-formed IPv4 Hello PDU. */
    static Received parse(byte[] datagram, InetSocketAddress from) {
        if (!(from.getAddress() instanceof Inet4Address src)) {
            return null;
        }
        PduResult r = PduDecoder.decode(datagram);
        if (r.ldpId().isEmpty() || !r.clean()) {
            return null;
        }
        for (Message m : r.messages()) {
            if (m instanceof HelloMessage h) {
                int source = Ipv4.of(src);
                int transport = h.ipv4Transport().map(t -> Ipv4.of(t.address())).orElse(source);
                return new Received(r.ldpId().get(), source, transport, h.params().holdTime(), h.params().targeted());
            }
        }
        return null;
    }
}
