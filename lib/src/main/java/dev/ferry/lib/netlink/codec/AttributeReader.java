package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over the attributes (rtattr / nlattr TLVs, see {@link MessageWriter}) between two offsets of a
 * buffer. Each {@link #next()} checks the attribute's header and length against its container; each
 * typed getter checks the data size, so bad input gives a {@link NetlinkDecodeException} and never an
 * index exception. The type is given without NLA_F_NESTED / NLA_F_NET_BYTEORDER: the kernel sets
 * NLA_F_NESTED on some nests (and iproute2 on others), never consistently.
 * <pre>
 *   while (r.next()) {
 *       switch (r.type()) {
 *           case RouteAttr.OIF -&gt; oif = r.u32();
 *           ...
 *       }
 *   }
 * </pre>
 */
public final class AttributeReader {
    private static final int TYPE_MASK = 0x3fff;

    private final ByteBuffer buf;
    private final int end;
    private int next;
    private int type;
    private int dataStart;
    private int dataLength;

    /** Attributes from {@code start} (4-byte aligned) to {@code end}, exclusive. */
    public AttributeReader(ByteBuffer buf, int start, int end) {
        this.buf = buf.duplicate().order(ByteOrder.nativeOrder());
        this.next = start;
        this.end = end;
    }

    /** Moves to the next attribute; false at the end of the container. */
    public boolean next() throws NetlinkDecodeException {
        if (next >= end) {
            return false;
        }
        if (end - next < 4) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_ATTRIBUTE, next, (end - next) + " stray bytes");
        }
        int len = Short.toUnsignedInt(buf.getShort(next));
        if (len < 4 || len > end - next) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_ATTRIBUTE, next,
                    "attribute length " + len + " with " + (end - next) + " bytes left");
        }
        type = Short.toUnsignedInt(buf.getShort(next + 2)) & TYPE_MASK;
        dataStart = next + 4;
        dataLength = len - 4;
        next = Math.min(end, next + NlMsgHeader.align(len));
        return true;
    }

    public int type() {
        return type;
    }

    /** Data bytes, padding excluded. */
    public int length() {
        return dataLength;
    }

    /** Offset of the data in the buffer. */
    public int dataOffset() {
        return dataStart;
    }

    public int u8() throws NetlinkDecodeException {
        expect(1);
        return Byte.toUnsignedInt(buf.get(dataStart));
    }

    public int u16() throws NetlinkDecodeException {
        expect(2);
        return Short.toUnsignedInt(buf.getShort(dataStart));
    }

    public int u32() throws NetlinkDecodeException {
        expect(4);
        return buf.getInt(dataStart);
    }

    /** The data as a new array. */
    public byte[] bytes() {
        byte[] b = new byte[dataLength];
        buf.get(dataStart, b);
        return b;
    }

    /** The data, which must be exactly {@code size} bytes (an address). */
    public byte[] bytes(int size) throws NetlinkDecodeException {
        expect(size);
        return bytes();
    }

    /** The data as a string, up to its first NUL. */
    public String string() {
        int n = 0;
        while (n < dataLength && buf.get(dataStart + n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        buf.get(dataStart, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A cursor over the attributes inside this one. */
    public AttributeReader nested() {
        return new AttributeReader(buf, dataStart, dataStart + dataLength);
    }

    /** The buffer this reader walks (native order), for structs inside an attribute. */
    public ByteBuffer buffer() {
        return buf;
    }

    private void expect(int size) throws NetlinkDecodeException {
        if (dataLength != size) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, dataStart - 4,
                    "attribute " + type + " has " + dataLength + " bytes, expected " + size);
        }
    }
}
