package dev.ferry.ldpd.packet.pdu;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.MessageDecoder;
import dev.ferry.ldpd.packet.message.MessageOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes one whole PDU (a UDP datagram, or a frame from {@link PduStreamSplitter}) with FRR's checks in FRR's
 * order: Version (Bad Protocol Version), PDU Length at least a header and one message header, at most the
 * negotiated maximum, and equal to the bytes given (Bad PDU Length), the LDP identifier on a session (Bad LDP
 * Identifier), then every message in turn. Never throws on any input.
 */
public final class PduDecoder {
    /** The smallest PDU Length: an LDP id and one message header. */
    public static final int MIN_PDU_LENGTH = LdpId.SIZE + Message.HEADER_SIZE;

    private PduDecoder() {
    }

    public static PduResult decode(byte[] pdu) {
        return decode(pdu, PduLimits.DEFAULT);
    }

    public static PduResult decode(byte[] pdu, PduLimits limits) {
        WireReader r = WireReader.of(pdu, StatusCode.BAD_PDU_LENGTH);
        LdpId id;
        try {
            id = header(r, pdu.length, limits);
        } catch (DecodeException e) {
            return PduResult.headerError(e.error());
        }
        List<MessageOutcome> outcomes = new ArrayList<>();
        while (r.hasRemaining()) {
            MessageOutcome o;
            try {
                o = MessageDecoder.next(r);
            } catch (DecodeException e) {
                outcomes.add(new MessageOutcome.Rejected(e.error()));
                break;
            }
            outcomes.add(o);
            if (o instanceof MessageOutcome.Rejected(LdpError e) && e.fatal()) {
                break;
            }
        }
        return new PduResult(Optional.of(id), outcomes);
    }

    private static LdpId header(WireReader r, int size, PduLimits limits) throws DecodeException {
        if (size < Pdu.LENGTH_PREFIX) {
            throw new DecodeException(StatusCode.BAD_PDU_LENGTH, size + " bytes, too short for a PDU header");
        }
        int version = r.u16("version");
        if (version != Pdu.VERSION) {
            throw new DecodeException(StatusCode.BAD_PROTOCOL_VERSION, "version " + version);
        }
        int length = r.u16("PDU length");
        if (length < MIN_PDU_LENGTH || length > limits.maxPduLength()) {
            throw new DecodeException(StatusCode.BAD_PDU_LENGTH,
                    "PDU length " + length + " outside " + MIN_PDU_LENGTH + ".." + limits.maxPduLength());
        }
        if (length != size - Pdu.LENGTH_PREFIX) {
            throw new DecodeException(StatusCode.BAD_PDU_LENGTH,
                    "PDU length " + length + " but " + (size - Pdu.LENGTH_PREFIX) + " bytes follow it");
        }
        LdpId id = LdpId.decode(r);
        if (limits.expectedPeer().isPresent() && !limits.expectedPeer().get().equals(id)) {
            throw new DecodeException(StatusCode.BAD_LDP_IDENTIFIER,
                    "LDP id " + id + ", the session's peer is " + limits.expectedPeer().get());
        }
        return id;
    }
}
