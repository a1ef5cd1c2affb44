package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;

/**
 * KeepAlive message (RFC 5036 section 3.5.4): resets the peer's KeepAlive timer; no parameters.
 * <pre>
 * |0|   KeepAlive (0x0201)        |      Message Length (4)       |
 * |                     Message ID                                |
 * </pre>
 */
public record KeepAliveMessage(int messageId, List<UnknownTlv> unknownTlvs) implements KnownMessage {
    public KeepAliveMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public KeepAliveMessage(int messageId) {
        this(messageId, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.KEEPALIVE;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs);
    }

    static KeepAliveMessage decode(int id, WireReader body) throws DecodeException {
        return new KeepAliveMessage(id, Parameters.read(body, MessageType.KEEPALIVE, EnumSet.noneOf(TlvType.class))
                .unknown());
    }
}
