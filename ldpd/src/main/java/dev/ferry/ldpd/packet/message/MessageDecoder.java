package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.DecodeResult;
import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;

/**
 * Reads one message: frames it by its header, then decodes the body by type. A header that does not fit in the
 * PDU, or a Message Length below 4 or past the PDU's end, is a Bad Message Length and stops the PDU (it cannot be
 * framed further). Errors inside the body are attributed to the message (its id and type fill the Status TLV).
 * An unknown type with U clear is Unknown Message Type (advisory); with U set it is kept and ignored.
 */
public final class MessageDecoder {
    private MessageDecoder() {
    }

    /** Decodes a byte array holding exactly one message. */
    public static DecodeResult<Message> decode(byte[] bytes) {
        return DecodeResult.of(() -> {
            WireReader r = WireReader.of(bytes, StatusCode.BAD_MESSAGE_LENGTH);
            MessageOutcome o = next(r);
            if (r.hasRemaining()) {
                throw new DecodeException(StatusCode.BAD_MESSAGE_LENGTH, r.remaining() + " bytes after the message");
            }
            return switch (o) {
                case MessageOutcome.Accepted a -> a.message();
                case MessageOutcome.Rejected rj -> throw new DecodeException(rj.error());
            };
        });
    }

    /** Reads the next message of a PDU; throws only when the PDU cannot be framed any further. */
    public static MessageOutcome next(WireReader pdu) throws DecodeException {
        if (pdu.remaining() < Message.HEADER_SIZE) {
            throw new DecodeException(StatusCode.BAD_MESSAGE_LENGTH,
                    pdu.remaining() + " bytes left in the PDU, too short for a message");
        }
        int first = pdu.u16("message type");
        int length = pdu.u16("message length");
        int typeCode = first & MessageType.TYPE_MASK;
        if (length < 4 || length > pdu.remaining()) {
            throw new DecodeException(new LdpError(StatusCode.BAD_MESSAGE_LENGTH, 0, first, String.format(
                    "message 0x%04x length %d, %d bytes left in the PDU", typeCode, length, pdu.remaining())));
        }
        int id = pdu.u32("message id");
        WireReader body = pdu.slice(length - 4, StatusCode.BAD_TLV_LENGTH, "message body");
        MessageType type = MessageType.of(typeCode).orElse(null);
        try {
            if (type == null) {
                if ((first & MessageType.U_BIT) == 0) {
                    throw new DecodeException(StatusCode.UNKNOWN_MESSAGE_TYPE, String.format("type 0x%04x", typeCode));
                }
                return new MessageOutcome.Accepted(new UnknownMessage(true, typeCode, id,
                        Bytes.of(body.bytes(body.remaining(), "message body"))));
            }
            return new MessageOutcome.Accepted(switch (type) {
                case NOTIFICATION -> NotificationMessage.decode(id, body);
                case HELLO -> HelloMessage.decode(id, body);
                case INITIALIZATION -> InitializationMessage.decode(id, body);
                case KEEPALIVE -> KeepAliveMessage.decode(id, body);
                case CAPABILITY -> CapabilityMessage.decode(id, body);
                case ADDRESS -> AddressMessage.decode(id, body);
                case ADDRESS_WITHDRAW -> AddressWithdrawMessage.decode(id, body);
                case LABEL_MAPPING -> LabelMappingMessage.decode(id, body);
                case LABEL_REQUEST -> LabelRequestMessage.decode(id, body);
                case LABEL_WITHDRAW -> LabelWithdrawMessage.decode(id, body);
                case LABEL_RELEASE -> LabelReleaseMessage.decode(id, body);
                case LABEL_ABORT_REQUEST -> LabelAbortRequestMessage.decode(id, body);
            });
        } catch (DecodeException e) {
            return new MessageOutcome.Rejected(e.error().inMessage(id, first));
        }
    }
}
