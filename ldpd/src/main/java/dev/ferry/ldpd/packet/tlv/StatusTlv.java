package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.util.Optional;

/**
 * Status TLV (RFC 5036 section 3.4.6), the heart of a Notification:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |U|F| Status (0x0300)           |      Length (10)              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |E|F|                 Status Data (30 bits)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           Message ID                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Message Type             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * {@link #statusWord()} is the whole first field, E and F bits included, as FRR keeps it; Message ID and Type
 * name the message the status is about (zero when none).
 */
public record StatusTlv(int statusWord, int messageId, int messageType) implements KnownTlv {
    public static final int LENGTH = 10;

    /** A status as the RFC assigns its E bit, about a message (or 0, 0). */
    public static StatusTlv of(StatusCode status, int messageId, int messageType) {
        return new StatusTlv(status.wireValue(), messageId, messageType & 0xffff);
    }

    @Override
    public TlvType type() {
        return TlvType.STATUS;
    }

    /** E bit: the sender closes the session. */
    public boolean fatal() {
        return (statusWord & StatusCode.E_BIT) != 0;
    }

    /** F bit of the status field: forward the notification upstream/downstream. */
    public boolean forward() {
        return (statusWord & StatusCode.F_BIT) != 0;
    }

    /** The 30-bit status data. */
    public int code() {
        return statusWord & StatusCode.CODE_MASK;
    }

    /** The known status with this status data, whatever the E and F bits say. */
    public Optional<StatusCode> status() {
        return StatusCode.ofCode(code());
    }

    /** What FRR's ldpd prints for this status (e.g. "End-of-LIB", "Shutdown", "[40000004]"). */
    public String frrName() {
        return StatusCode.frrName(statusWord);
    }

    public static StatusTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, LENGTH, TlvType.STATUS);
        return new StatusTlv(value.u32("status code"), value.u32("message id"), value.u16("message type"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32(statusWord).u32(messageId).u16(messageType);
    }
}
