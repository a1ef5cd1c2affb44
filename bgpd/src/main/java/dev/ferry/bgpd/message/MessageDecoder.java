package dev.ferry.bgpd.message;

import static dev.ferry.bgpd.wire.ErrorCodes.HEADER_BAD_MESSAGE_LENGTH;
import static dev.ferry.bgpd.wire.ErrorCodes.HEADER_BAD_MESSAGE_TYPE;
import static dev.ferry.bgpd.wire.ErrorCodes.HEADER_CONNECTION_NOT_SYNCHRONIZED;
import static dev.ferry.bgpd.wire.ErrorCodes.MESSAGE_HEADER_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.ROUTE_REFRESH_ERROR;
import static dev.ferry.bgpd.wire.ErrorCodes.ROUTE_REFRESH_INVALID_LENGTH;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Decodes one framed message: checks the header (RFC 4271 section 6.1: marker, length within 19 and the
 * session's maximum and fitting the type, known type), then hands the body to the type's decoder. Pure and
 * total: any input gives a {@link DecodeResult}, never an exception.
 *
 * <p>Framing a TCP stream: wait for 19 bytes, read {@link #frameLength}; if it is below 19 or above the
 * maximum, pass just the 19 header bytes to {@link #decode}, which reports Bad Message Length.
 */
public final class MessageDecoder {
    private MessageDecoder() {
    }

    /** The length field of the message starting at {@code off}, or -1 while fewer than 19 bytes are there. */
    public static int frameLength(byte[] buf, int off, int available) {
        if (available < MessageType.HEADER_LENGTH) {
            return -1;
        }
        return ((buf[off + 16] & 0xff) << 8) | (buf[off + 17] & 0xff);
    }

    public static DecodeResult decode(byte[] message, CodecContext ctx) {
        return decode(message, 0, message.length, ctx);
    }

    public static DecodeResult decode(byte[] buf, int off, int len, CodecContext ctx) {
        if (len < MessageType.HEADER_LENGTH) {
            return header(HEADER_BAD_MESSAGE_LENGTH, len >= 18 ? Arrays.copyOfRange(buf, off + 16, off + 18) : null,
                    "message of " + len + " bytes is shorter than a header");
        }
        for (int i = 0; i < MessageType.MARKER_LENGTH; i++) {
            if (buf[off + i] != (byte) 0xff) {
                return header(HEADER_CONNECTION_NOT_SYNCHRONIZED, null, "marker is not all ones");
            }
        }
        int length = frameLength(buf, off, len);
        int type = buf[off + 18] & 0xff;
        byte[] lengthField = Arrays.copyOfRange(buf, off + 16, off + 18);
        if (type < MessageType.OPEN || type > MessageType.ROUTE_REFRESH) {
            if (length >= MessageType.HEADER_LENGTH && length <= ctx.maxMessageLength()) {
                return header(HEADER_BAD_MESSAGE_TYPE, new byte[] {(byte) type}, "unknown message type " + type);
            }
        }
        int max = type == MessageType.OPEN || type == MessageType.KEEPALIVE ? CodecContext.MAX_MESSAGE
                : ctx.maxMessageLength();
        int min = switch (type) {
            case MessageType.OPEN -> 29;
            case MessageType.UPDATE -> 23;
            case MessageType.NOTIFICATION -> 21;
            default -> MessageType.HEADER_LENGTH;
        };
        if (length < min || length > max || (type == MessageType.KEEPALIVE && length != MessageType.HEADER_LENGTH)
                || (type == MessageType.ROUTE_REFRESH && length < 23)) {
            return header(HEADER_BAD_MESSAGE_LENGTH, lengthField, MessageType.name(type) + " with length " + length);
        }
        if (length != len) {
            return header(HEADER_BAD_MESSAGE_LENGTH, lengthField, "length field " + length + " but " + len
                    + " bytes framed");
        }
        ByteBuffer body = ByteBuffer.wrap(buf, off + MessageType.HEADER_LENGTH, len - MessageType.HEADER_LENGTH)
                .slice();
        return switch (type) {
            case MessageType.OPEN -> OpenDecoder.decode(body);
            case MessageType.UPDATE -> UpdateDecoder.decode(body, ctx);
            case MessageType.NOTIFICATION -> {
                byte[] data = new byte[body.remaining() - 2];
                body.get(2, data);
                yield DecodeResult.ok(new NotificationMessage(body.get(0) & 0xff, body.get(1) & 0xff, data));
            }
            case MessageType.KEEPALIVE -> DecodeResult.ok(KeepaliveMessage.INSTANCE);
            default -> routeRefresh(buf, off, len, body, lengthField);
        };
    }

    /** RFC 7313 section 5: a BoRR/EoRR of the wrong size is a ROUTE-REFRESH error carrying the whole message. */
    private static DecodeResult routeRefresh(byte[] buf, int off, int len, ByteBuffer body, byte[] lengthField) {
        int subtype = body.get(2) & 0xff;
        if (len != 23) {
            if (subtype == RouteRefreshMessage.BEGINNING_OF_REFRESH || subtype == RouteRefreshMessage.END_OF_REFRESH) {
                return DecodeResult.reset(BgpError.reset(ROUTE_REFRESH_ERROR, ROUTE_REFRESH_INVALID_LENGTH,
                        Arrays.copyOfRange(buf, off, off + len), "ROUTE-REFRESH of " + len + " bytes"));
            }
            return header(HEADER_BAD_MESSAGE_LENGTH, lengthField, "ROUTE-REFRESH of " + len
                    + " bytes (ORF is not supported)");
        }
        AddressFamily family = new AddressFamily(body.getShort(0) & 0xffff, body.get(3) & 0xff);
        return DecodeResult.ok(new RouteRefreshMessage(family, subtype));
    }

    private static DecodeResult header(int subcode, byte[] data, String reason) {
        return DecodeResult.reset(BgpError.reset(MESSAGE_HEADER_ERROR, subcode, data, reason));
    }
}
