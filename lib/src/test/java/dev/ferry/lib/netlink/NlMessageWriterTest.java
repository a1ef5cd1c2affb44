package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.codec.AttributeReader;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.MplsLabelStack;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Attribute TLVs: alignment, zeroed padding in a reused buffer, nested lengths, the NLA_F_NESTED mask. */
class NlMessageWriterTest {

    @Test
    void paddingIsZeroedEvenInADirtyBuffer() {
        ByteBuffer buf = ByteBuffer.allocate(64);
        Arrays.fill(buf.array(), (byte) 0xee);
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(24, 1, 7);
        w.attrU8(1, 0x11);
        w.attrU16(2, 0x2222);
        w.attrString(3, "ab");
        w.endMessage(start);
        assertEquals("28000000180001000700000000000000" + "0500010011000000" + "0600020022220000" + "0700030061620000",
                HexFormat.of().formatHex(buf.array(), 0, buf.position()));
    }

    @Test
    void nestedLengthIncludesInnerPaddingAndTypeMaskDropsFlags() throws Exception {
        ByteBuffer buf = ByteBuffer.allocate(64);
        MessageWriter w = new MessageWriter(buf);
        int nest = w.beginNested(22 | MessageWriter.NLA_F_NESTED);
        w.attrU8(2, 9);
        w.endNested(nest);
        w.attrU32(4, 3);
        assertEquals("0c00168005000200090000000800040003000000",
                HexFormat.of().formatHex(buf.array(), 0, buf.position()));
        AttributeReader r = new AttributeReader(buf, 0, buf.position());
        assertTrue(r.next());
        assertEquals(22, r.type());
        AttributeReader inner = r.nested();
        assertTrue(inner.next());
        assertEquals(9, inner.u8());
        assertFalse(inner.next());
        assertTrue(r.next());
        assertEquals(3, r.u32());
        assertFalse(r.next());
    }

    @Test
    void labelStackEntries() {
        assertEquals("00064000000c8100", HexFormat.of().formatHex(MplsLabelStack.of(100, 200).encode()));
        assertEquals("100/200", MplsLabelStack.of(100, 200).toString());
    }
}
