package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An optional transitive attribute this codec does not know, kept as received so it can be passed on
 * (RFC 4271 section 5: with the Partial bit set, see {@link #passedOn()}).
 */
public record UnknownAttribute(int flags, int type, byte[] value) implements PathAttribute {
    public UnknownAttribute {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The attribute as forwarded to another peer: Partial set, since we could not have added it ourselves. */
    public UnknownAttribute passedOn() {
        return new UnknownAttribute(flags | AttributeType.PARTIAL, type, value);
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return value.length;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.put(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownAttribute u && u.flags == flags && u.type == type && Arrays.equals(u.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type + flags) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "type " + type + " flags 0x" + Integer.toHexString(flags) + " " + HexFormat.of().formatHex(value);
    }
}
