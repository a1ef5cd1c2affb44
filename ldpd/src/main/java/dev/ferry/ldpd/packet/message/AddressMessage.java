package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;

/**
 * Address message (RFC 5036 section 3.5.5): the sender's interface addresses, so the receiver can map next hops to this peer.
 * <pre>
 * |0|   Address (0x0300)            |      Message Length           |
 * |                     Message ID                                |
 * |                     Address List TLV                          |
 * |                     Optional Parameters                       |
 * </pre>
 */
public record AddressMessage(int messageId, AddressListTlv addresses, List<UnknownTlv> unknownTlvs)
        implements KnownMessage {
    public AddressMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public AddressMessage(int messageId, AddressListTlv addresses) {
        this(messageId, addresses, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.ADDRESS;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, addresses);
    }

    static AddressMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.ADDRESS, EnumSet.of(TlvType.ADDRESS_LIST));
        return new AddressMessage(id, p.required(AddressListTlv.class), p.unknown());
    }
}
