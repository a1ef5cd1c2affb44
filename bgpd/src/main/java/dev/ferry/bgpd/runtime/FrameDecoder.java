package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageType;
import dev.ferry.bgpd.wire.CodecContext;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the TCP stream into whole BGP messages (byte arrays, header included). A length field below 19 or above
 * 65535 cannot be framed: the 19 header bytes go up alone, {@link MessageDecoder} turns them into Bad Message
 * Length, and the decoder stops reading (the session is about to be closed).
 */
final class FrameDecoder extends ByteToMessageDecoder {
    private boolean broken;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!broken && in.readableBytes() >= MessageType.HEADER_LENGTH) {
            int length = in.getUnsignedShort(in.readerIndex() + 16);
            if (length < MessageType.HEADER_LENGTH || length > CodecContext.MAX_EXTENDED_MESSAGE) {
                byte[] header = new byte[MessageType.HEADER_LENGTH];
                in.readBytes(header);
                out.add(header);
                broken = true;
                return;
            }
            if (in.readableBytes() < length) {
                return;
            }
            byte[] message = new byte[length];
            in.readBytes(message);
            out.add(message);
        }
        if (broken) {
            in.skipBytes(in.readableBytes());
        }
    }
}
