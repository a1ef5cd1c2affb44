package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.WireWriter;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.ArrayList;
import java.util.List;

/**
 * An LDP message (RFC 5036 section 3.5):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |U|   Message Type              |      Message Length           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Message ID                                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                     Mandatory Parameters                      |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                     Optional Parameters                       |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Message Length counts the Message ID and the parameters. Known messages are sent with U clear and their
 * parameters in the RFC's order (mandatory first), then the unknown TLVs they were decoded with.
 */
public sealed interface Message permits KnownMessage, UnknownMessage {
    int HEADER_SIZE = 8;

    /** The 15-bit type. */
    int typeCode();

    boolean unknownBit();

    /** 32-bit message id (Java int, bit pattern kept). */
    int messageId();

    /** The parameters, in the order they are encoded. */
    List<Tlv> parameters();

    /** Writes the parameters (without the message header). */
    default void encodeParameters(WireWriter w) {
        parameters().forEach(t -> t.encode(w));
    }

    default void encode(WireWriter w) {
        w.u16((unknownBit() ? MessageType.U_BIT : 0) | typeCode());
        int lengthAt = w.position();
        w.u16(0);
        int start = w.position();
        w.u32(messageId());
        encodeParameters(w);
        w.patchU16(lengthAt, w.position() - start);
    }

    /** The message alone on the wire, header included (for fixtures). */
    default byte[] toBytes() {
        WireWriter w = new WireWriter();
        encode(w);
        return w.toByteArray();
    }

    /** Helper for the parameter lists: known TLVs, absent ones skipped, then the unknown TLVs kept. */
    static List<Tlv> parameters(List<UnknownTlv> unknown, Tlv... known) {
        List<Tlv> out = new ArrayList<>(known.length + unknown.size());
        for (Tlv t : known) {
            if (t != null) {
                out.add(t);
            }
        }
        out.addAll(unknown);
        return List.copyOf(out);
    }
}
