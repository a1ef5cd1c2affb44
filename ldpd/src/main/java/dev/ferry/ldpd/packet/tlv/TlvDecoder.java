package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.DecodeResult;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads one TLV: the header, then the value by type. A header that does not fit, or a Length past the end of the
 * enclosing message, is a Bad TLV Length (fatal: the rest of the message cannot be framed). Types without a decoder
 * here come back as {@link UnknownTlv}; what to do with them (per the U bit) is the enclosing message's call.
 */
public final class TlvDecoder {
    private TlvDecoder() {
    }

    /** Decodes a byte array holding exactly one TLV. */
    public static DecodeResult<Tlv> decode(byte[] bytes) {
        return DecodeResult.of(() -> {
            WireReader r = WireReader.of(bytes, StatusCode.BAD_TLV_LENGTH);
            Tlv tlv = decode(r);
            if (r.hasRemaining()) {
                throw new DecodeException(StatusCode.BAD_TLV_LENGTH, r.remaining() + " bytes after the TLV");
            }
            return tlv;
        });
    }

    /** Reads the next TLV from a message body, decoding every known type. */
    public static Tlv decode(WireReader body) throws DecodeException {
        return decode(body, EnumSet.allOf(TlvType.class));
    }

    /**
     * Reads the next TLV from a message body; types outside {@code accepted} (those the message does not take)
     * are kept raw as {@link UnknownTlv}, as FRR treats them.
     */
    public static Tlv decode(WireReader body, Set<TlvType> accepted) throws DecodeException {
        if (body.remaining() < Tlv.HEADER_SIZE) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH,
                    body.remaining() + " bytes left in the message, too short for a TLV header");
        }
        int first = body.u16("TLV type");
        int length = body.u16("TLV length");
        int type = first & TlvType.TYPE_MASK;
        if (length > body.remaining()) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH, String.format(
                    "TLV 0x%04x length %d, %d bytes left in the message", type, length, body.remaining()));
        }
        WireReader value = body.slice(length, StatusCode.BAD_TLV_LENGTH, "TLV value");
        TlvType known = TlvType.of(type).orElse(null);
        if (known == null || !accepted.contains(known)) {
            return unknown(first, type, value);
        }
        return switch (known) {
            case FEC -> FecTlv.decode(value);
            case ADDRESS_LIST -> AddressListTlv.decode(value);
            case HOP_COUNT -> HopCountTlv.decode(value);
            case PATH_VECTOR -> PathVectorTlv.decode(value);
            case GENERIC_LABEL -> GenericLabelTlv.decode(value);
            case STATUS -> StatusTlv.decode(value);
            case EXTENDED_STATUS -> ExtendedStatusTlv.decode(value);
            case RETURNED_PDU -> ReturnedPduTlv.decode(value);
            case RETURNED_MESSAGE -> ReturnedMessageTlv.decode(value);
            case RETURNED_TLVS -> ReturnedTlvsTlv.decode(value);
            case COMMON_HELLO_PARAMS -> CommonHelloParamsTlv.decode(value);
            case IPV4_TRANSPORT_ADDRESS -> Ipv4TransportAddressTlv.decode(value);
            case CONFIG_SEQUENCE_NUMBER -> ConfigSequenceNumberTlv.decode(value);
            case IPV6_TRANSPORT_ADDRESS -> Ipv6TransportAddressTlv.decode(value);
            case COMMON_SESSION_PARAMS -> CommonSessionParamsTlv.decode(value);
            case DYNAMIC_CAPABILITY_ANNOUNCEMENT -> DynamicCapabilityAnnouncementTlv.decode(value);
            case TYPED_WILDCARD_FEC_CAPABILITY -> TypedWildcardFecCapabilityTlv.decode(value);
            case LABEL_REQUEST_MESSAGE_ID -> LabelRequestMessageIdTlv.decode(value);
            case UNRECOGNIZED_NOTIFICATION_CAPABILITY -> UnrecognizedNotificationCapabilityTlv.decode(value);
            case DUAL_STACK_CAPABILITY -> DualStackCapabilityTlv.decode(value);
            // ATM and Frame Relay: recognised types, but this LSR supports neither (as FRR).
            case ATM_LABEL, FRAME_RELAY_LABEL, ATM_SESSION_PARAMS, FRAME_RELAY_SESSION_PARAMS ->
                    unknown(first, type, value);
        };
    }

    private static UnknownTlv unknown(int first, int type, WireReader value) throws DecodeException {
        return new UnknownTlv((first & TlvType.U_BIT) != 0, (first & TlvType.F_BIT) != 0, type,
                Bytes.of(value.bytes(value.remaining(), "TLV value")));
    }
}
