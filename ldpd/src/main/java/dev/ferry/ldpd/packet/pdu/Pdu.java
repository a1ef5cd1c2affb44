package dev.ferry.ldpd.packet.pdu;

import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.WireWriter;
import dev.ferry.ldpd.packet.message.Message;
import java.util.List;

/**
 * An LDP PDU (RFC 5036 section 3.1): a header and one or more messages.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Version                      |         PDU Length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         LDP Identifier                        |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Version is 1; PDU Length counts the bytes after itself (LDP identifier and messages).
 */
public record Pdu(LdpId ldpId, List<Message> messages) {
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 10;
    /** Version and PDU Length: the part of the header PDU Length does not count. */
    public static final int LENGTH_PREFIX = 4;
    /** RFC 5036 section 3.5.3: the maximum PDU length until the session negotiates another. */
    public static final int DEFAULT_MAX_LENGTH = 4096;

    public Pdu {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a PDU carries at least one message");
        }
    }

    public static Pdu of(LdpId ldpId, Message... messages) {
        return new Pdu(ldpId, List.of(messages));
    }

    public void encode(WireWriter w) {
        w.u16(VERSION);
        int lengthAt = w.position();
        w.u16(0);
        int start = w.position();
        ldpId.encode(w);
        messages.forEach(m -> m.encode(w));
        w.patchU16(lengthAt, w.position() - start);
    }

    public byte[] toBytes() {
        WireWriter w = new WireWriter();
        encode(w);
        return w.toByteArray();
    }
}
