package dev.ferry.ldpd.packet.pdu;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a session's TCP byte stream into PDUs by their PDU Length, checking Version and PDU Length as soon as the
 * first four bytes of a PDU are in, so a peer cannot make us buffer a bogus length. After an error the stream is
 * unusable (the framing is lost): the error is sticky and every later call returns it.
 */
public final class PduStreamSplitter {
    /** What one {@link #feed} produced: the complete PDUs, and the error that ended the stream, if any. */
    public record Split(List<byte[]> pdus, Optional<LdpError> error) {
    }

    private int maxPduLength;
    private byte[] buf = new byte[Pdu.DEFAULT_MAX_LENGTH + Pdu.LENGTH_PREFIX];
    private int size;
    private LdpError error;

    public PduStreamSplitter() {
        this(Pdu.DEFAULT_MAX_LENGTH);
    }

    public PduStreamSplitter(int maxPduLength) {
        this.maxPduLength = maxPduLength;
    }

    /** The session negotiated another maximum (RFC 5036 section 3.5.3). */
    public void maxPduLength(int value) {
        this.maxPduLength = value;
    }

    /** Bytes received but not yet part of a complete PDU. */
    public int buffered() {
        return size;
    }

    public Split feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    public Split feed(byte[] chunk, int off, int len) {
        if (error != null) {
            return new Split(List.of(), Optional.of(error));
        }
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(chunk, off, buf, size, len);
        size += len;
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        while (size - at >= Pdu.LENGTH_PREFIX) {
            int version = ((buf[at] & 0xff) << 8) | (buf[at + 1] & 0xff);
            int length = ((buf[at + 2] & 0xff) << 8) | (buf[at + 3] & 0xff);
            if (version != Pdu.VERSION) {
                error = LdpError.of(StatusCode.BAD_PROTOCOL_VERSION, "version " + version);
                break;
            }
            if (length < PduDecoder.MIN_PDU_LENGTH || length > maxPduLength) {
                error = LdpError.of(StatusCode.BAD_PDU_LENGTH,
                        "PDU length " + length + " outside " + PduDecoder.MIN_PDU_LENGTH + ".." + maxPduLength);
                break;
            }
            int total = Pdu.LENGTH_PREFIX + length;
            if (size - at < total) {
                break;
            }
            out.add(Arrays.copyOfRange(buf, at, at + total));
            at += total;
        }
        System.arraycopy(buf, at, buf, 0, size - at);
        size -= at;
        if (error != null) {
            size = 0;
        }
        return new Split(out, Optional.ofNullable(error));
    }
}
