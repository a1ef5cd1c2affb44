package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.ldpd.packet.tlv.ConfigSequenceNumberTlv;
import dev.ferry.ldpd.packet.tlv.DualStackCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.Ipv4TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.Ipv6TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hello message (RFC 5036 section 3.5.2), sent over UDP 646 for discovery:
 * <pre>
 * |0|   Hello (0x0100)            |      Message Length           |
 * |                     Message ID                                |
 * |                     Common Hello Parameters TLV               |
 * |                     Optional Parameters                       |
 * </pre>
 * Optional: IPv4 / IPv6 Transport Address, Configuration Sequence Number, Dual-Stack capability (RFC 7552), in the
 * order FRR sends them.
 */
public record HelloMessage(int messageId, CommonHelloParamsTlv params, Optional<Ipv4TransportAddressTlv> ipv4Transport,
        Optional<Ipv6TransportAddressTlv> ipv6Transport, Optional<ConfigSequenceNumberTlv> configSequence,
        Optional<DualStackCapabilityTlv> dualStack, List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.COMMON_HELLO_PARAMS, TlvType.IPV4_TRANSPORT_ADDRESS,
            TlvType.IPV6_TRANSPORT_ADDRESS, TlvType.CONFIG_SEQUENCE_NUMBER, TlvType.DUAL_STACK_CAPABILITY);

    public HelloMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    @Override
    public MessageType type() {
        return MessageType.HELLO;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, params, ipv4Transport.orElse(null), ipv6Transport.orElse(null),
                configSequence.orElse(null), dualStack.orElse(null));
    }

    static HelloMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.HELLO, ACCEPTED);
        return new HelloMessage(id, p.required(CommonHelloParamsTlv.class), p.optional(Ipv4TransportAddressTlv.class),
                p.optional(Ipv6TransportAddressTlv.class), p.optional(ConfigSequenceNumberTlv.class),
                p.optional(DualStackCapabilityTlv.class), p.unknown());
    }
}
