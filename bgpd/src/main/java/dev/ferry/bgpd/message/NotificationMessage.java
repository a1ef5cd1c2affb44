package dev.ferry.bgpd.message;

import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * NOTIFICATION (RFC 4271 section 4.5): error code, subcode, data. Codes and FRR's names are in
 * {@link ErrorCodes}.
 * <pre>
 * +-------------+-------------+--------------------+
 * | Error code  | Error subc. | Data (variable)    |
 * +-------------+-------------+--------------------+
 * </pre>
 */
public record NotificationMessage(int code, int subcode, byte[] data) implements BgpMessage {
    public NotificationMessage {
        data = data == null ? new byte[0] : data.clone();
    }

    public static NotificationMessage of(int code, int subcode) {
        return new NotificationMessage(code, subcode, null);
    }

    /** The NOTIFICATION a decoding fault asks for. */
    public static NotificationMessage of(BgpError e) {
        return new NotificationMessage(e.code(), e.subcode(), e.data());
    }

    /** Cease/Administrative Shutdown or Reset with a shutdown communication (RFC 9003): length, UTF-8. */
    public static NotificationMessage cease(int subcode, String communication) {
        byte[] text = communication.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(text.length, 255);
        byte[] d = new byte[n + 1];
        d[0] = (byte) n;
        System.arraycopy(text, 0, d, 1, n);
        return new NotificationMessage(ErrorCodes.CEASE, subcode, d);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The shutdown communication of a Cease/Administrative Shutdown or Reset, or null. */
    public String shutdownCommunication() {
        if (code != ErrorCodes.CEASE || (subcode != ErrorCodes.CEASE_ADMIN_SHUTDOWN
                && subcode != ErrorCodes.CEASE_ADMIN_RESET) || data.length < 1) {
            return null;
        }
        int n = data[0] & 0xff;
        return n == 0 || n > data.length - 1 ? null : new String(data, 1, n, StandardCharsets.UTF_8);
    }

    /** "Hold Timer Expired", "OPEN Message Error/Bad Peer AS": FRR's code and subcode strings joined. */
    public String description() {
        return ErrorCodes.codeName(code) + ErrorCodes.subcodeName(code, subcode);
    }

    @Override
    public int type() {
        return MessageType.NOTIFICATION;
    }

    @Override
    public int bodyLength(CodecContext ctx) {
        return 2 + data.length;
    }

    @Override
    public void writeBody(ByteBuffer out, CodecContext ctx) {
        out.put((byte) code);
        out.put((byte) subcode);
        out.put(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationMessage n && n.code == code && n.subcode == subcode
                && Arrays.equals(n.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + subcode) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return code + "/" + subcode + " (" + description() + ") " + data.length + " bytes "
                + HexFormat.of().formatHex(data);
    }
}
