package dev.ferry.lib.netlink.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes netlink messages into a ByteBuffer (heap, direct, or a MemorySegment's view), one after the
 * other, as iproute2's libnetlink does: a header whose length is patched at the end, fixed structs,
 * then attributes (struct rtattr / nlattr), each 4-byte aligned:
 * <pre>
 * +-------------+-------------+------------------------+---------+
 * | len (u16)   | type (u16)  | data (len - 4 bytes)   | padding |
 * +-------------+-------------+------------------------+---------+
 * </pre>
 * A leaf attribute's len excludes its padding. A nested attribute's len and nlmsg_len include the
 * padding of what they contain (NLMSG_TAIL - start), as libnetlink's addattr_nest_end and the kernel's
 * nla_nest_end compute them. Padding bytes are written as zeros, so a reused buffer leaks nothing.
 * Host-order integers are written in native order; callers put network-order fields (addresses, MPLS
 * label entries) as bytes.
 *
 * <p>Running out of room throws {@link java.nio.BufferOverflowException}: a batcher resets to the
 * message start ({@link #beginMessage} returns it), sends what it has and encodes again.
 */
public final class MessageWriter {
    /** NLA_F_NESTED: set on attributes that contain attributes, when the receiver wants it. */
    public static final int NLA_F_NESTED = 0x8000;

    private final ByteBuffer buf;

    /** Writes at {@code buf}'s position; sets its byte order to native. */
    public MessageWriter(ByteBuffer buf) {
        this.buf = buf.order(ByteOrder.nativeOrder());
    }

    public ByteBuffer buffer() {
        return buf;
    }

    /** Starts a message; returns its offset for {@link #endMessage}. pid 0: the kernel fills our port id. */
    public int beginMessage(int type, int flags, int seq) {
        int start = buf.position();
        if ((start & 3) != 0) {
            throw new IllegalStateException("netlink message must start 4-byte aligned, at " + start);
        }
        buf.putInt(0).putShort((short) type).putShort((short) flags).putInt(seq).putInt(0);
        return start;
    }

    /** Pads the message to 4 bytes and sets its nlmsg_len. */
    public void endMessage(int start) {
        pad();
        buf.putInt(start, buf.position() - start);
    }

    public MessageWriter u8(int v) {
        buf.put((byte) v);
        return this;
    }

    public MessageWriter u16(int v) {
        buf.putShort((short) v);
        return this;
    }

    public MessageWriter u32(int v) {
        buf.putInt(v);
        return this;
    }

    public MessageWriter bytes(byte[] v) {
        buf.put(v);
        return this;
    }

    /** A big-endian (network order) u32, whatever the buffer's order. */
    public MessageWriter u32be(int v) {
        buf.put((byte) (v >>> 24)).put((byte) (v >>> 16)).put((byte) (v >>> 8)).put((byte) v);
        return this;
    }

    public MessageWriter zeros(int n) {
        for (int i = 0; i < n; i++) {
            buf.put((byte) 0);
        }
        return this;
    }

    public void attrU8(int type, int v) {
        buf.putShort((short) 5).putShort((short) type).put((byte) v);
        pad();
    }

    public void attrU16(int type, int v) {
        buf.putShort((short) 6).putShort((short) type).putShort((short) v);
        pad();
    }

    public void attrU32(int type, int v) {
        buf.putShort((short) 8).putShort((short) type).putInt(v);
    }

    public void attrBytes(int type, byte[] v) {
        buf.putShort((short) (4 + v.length)).putShort((short) type).put(v);
        pad();
    }

    /** A NUL-terminated string (IFLA_IFNAME, IFLA_INFO_KIND). */
    public void attrString(int type, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        buf.putShort((short) (5 + b.length)).putShort((short) type).put(b).put((byte) 0);
        pad();
    }

    /**
     * A string without its NUL: iproute2 sends IFLA_INFO_KIND so (addattr_l with strlen), and the
     * kernel's NLA_STRING policy accepts both forms.
     */
    public void attrChars(int type, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        buf.putShort((short) (4 + b.length)).putShort((short) type).put(b);
        pad();
    }

    /**
     * Starts an attribute that holds others (type may include {@link #NLA_F_NESTED}); returns its offset
     * for {@link #endNested}. Also used for attributes holding a struct plus attributes (rtnexthop).
     */
    public int beginNested(int type) {
        int start = buf.position();
        buf.putShort((short) 0).putShort((short) type);
        return start;
    }

    /** Pads and sets the nested attribute's length, padding included. */
    public void endNested(int start) {
        pad();
        buf.putShort(start, (short) (buf.position() - start));
    }

    /** Starts an attribute whose data is a struct written piece by piece; end it with {@link #endLeaf}. */
    public int beginLeaf(int type) {
        return beginNested(type);
    }

    /**
     * Ends an attribute begun with {@link #beginLeaf} whose data is a struct, not attributes: its
     * length excludes the padding, as for any leaf attribute (RTA_VIA's struct rtvia).
     */
    public void endLeaf(int start) {
        buf.putShort(start, (short) (buf.position() - start));
        pad();
    }

    /** Sets a u16 length field at {@code at} to the bytes written since {@code start} (rtnh_len). */
    public void patchLength16(int at, int start) {
        buf.putShort(at, (short) (buf.position() - start));
    }

    private void pad() {
        while ((buf.position() & 3) != 0) {
            buf.put((byte) 0);
        }
    }
}
