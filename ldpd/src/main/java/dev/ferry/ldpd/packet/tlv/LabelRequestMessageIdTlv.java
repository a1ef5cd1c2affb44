package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Label Request Message ID TLV (RFC 5036 section 3.5.7 and 3.5.9): the id of the Label Request a Label Mapping
 * answers or a Label Abort Request cancels.
 * <pre>
 * |0|0| Label Request Msg ID(0x0600)|    Length (4)               |
 * |                           Message ID                          |
 * </pre>
 */
public record LabelRequestMessageIdTlv(int messageId) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.LABEL_REQUEST_MESSAGE_ID;
    }

    public static LabelRequestMessageIdTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.LABEL_REQUEST_MESSAGE_ID);
        return new LabelRequestMessageIdTlv(value.u32("label request message id"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32(messageId);
    }
}
