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
 * Address Withdraw message (RFC 5036 section 3.5.6): addresses the sender no longer has.
 * <pre>
 * |0|   Address Withdraw (0x0301)     |      Message Length           |
 * |                     Message ID                                |
 * |                     Address List TLV                          |
 * |                     Optional Parameters                       |
 * </pre>
 */
public record AddressWithdrawMessage(int messageId, AddressListTlv addresses, List<UnknownTlv> unknownTlvs)
        implements KnownMessage {
    public AddressWithdrawMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public AddressWithdrawMessage(int messageId, AddressListTlv addresses) {
        this(messageId, addresses, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.ADDRESS_WITHDRAW;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, addresses);
    }

    static AddressWithdrawMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.ADDRESS_WITHDRAW, EnumSet.of(TlvType.ADDRESS_LIST));
        return new AddressWithdrawMessage(id, p.required(AddressListTlv.class), p.unknown());
    }
}
