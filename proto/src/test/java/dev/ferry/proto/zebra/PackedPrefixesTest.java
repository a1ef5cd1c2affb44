package dev.ferry.proto.zebra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.IpPrefix;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Route.more_prefixes: BGP's NLRI packing (RFC 4271 4.3), written by the client and read by zebra. */
class PackedPrefixesTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static IpPrefix prefix(int length, int... bytes) {
        byte[] a = new byte[bytes.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) bytes[i];
        }
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(length).build();
    }

    @Test
    void prefixesArePackedAsBgpNlri() {
        PackedPrefixes.Writer w = new PackedPrefixes.Writer();
        w.add(prefix(24, 10, 1, 2, 0));
        w.add(prefix(0, 0, 0, 0, 0));
        w.add(prefix(25, 192, 168, 1, 128));
        w.add(prefix(32, 9, 9, 9, 9));
        assertEquals(4, w.count());
        assertEquals("18 0a 01 02 00 19 c0 a8 01 80 20 09 09 09 09", HEX.formatHex(w.toByteString().toByteArray()));
    }

    @Test
    void whatIsWrittenIsReadBackInOrderForBothFamilies() {
        Random rnd = new Random(7);
        for (int bytes : new int[] {4, 16}) {
            List<IpPrefix> in = new ArrayList<>();
            PackedPrefixes.Writer w = new PackedPrefixes.Writer();
            for (int i = 0; i < 2000; i++) {
                int length = rnd.nextInt(8 * bytes + 1);
                byte[] a = new byte[bytes];
                rnd.nextBytes(a);
                for (int b = 0; b < bytes; b++) { // clear the host bits
                    int keep = Math.max(0, Math.min(8, length - 8 * b));
                    a[b] &= (byte) (0xff00 >> keep);
                }
                IpPrefix p = IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(length).build();
                assertTrue(PackedPrefixes.packable(p), p.toString());
                in.add(p);
                w.add(p);
            }
            PackedPrefixes.Reader r = new PackedPrefixes.Reader(w.toByteString(), bytes);
            byte[] address = new byte[bytes];
            for (IpPrefix p : in) {
                assertTrue(r.next(address));
                assertEquals(p.getLength(), r.length());
                assertArrayEquals(p.getAddress().toByteArray(), address);
            }
            assertFalse(r.next(address));
            assertNull(r.error());
            assertEquals(2000, PackedPrefixes.count(w.toByteString(), bytes));
        }
    }

    @Test
    void aReusedWriterStartsEmpty() {
        PackedPrefixes.Writer w = new PackedPrefixes.Writer();
        for (int i = 0; i < 300; i++) { // past the first buffer
            w.add(prefix(32, 10, 0, i >> 8, i));
        }
        w.reset();
        w.add(prefix(8, 10, 0, 0, 0));
        assertEquals(1, w.count());
        assertEquals("08 0a", HEX.formatHex(w.toByteString().toByteArray()));
    }

    @Test
    void aMalformedRestStopsTheReadingWithItsReason() {
        PackedPrefixes.Reader tooLong = new PackedPrefixes.Reader(ByteString.fromHex("180a0102" + "21"), 4);
        byte[] a = new byte[4];
        assertTrue(tooLong.next(a));
        assertFalse(tooLong.next(a));
        assertEquals("packed prefix length 33 out of range", tooLong.error());

        PackedPrefixes.Reader cut = new PackedPrefixes.Reader(ByteString.fromHex("180a01"), 4);
        assertFalse(cut.next(a));
        assertEquals("packed prefixes end inside a prefix", cut.error());
        assertEquals(1, PackedPrefixes.count(ByteString.fromHex("180a0102" + "21"), 4));
    }

    @Test
    void onlyPrefixesThatLoseNothingArePackable() {
        assertTrue(PackedPrefixes.packable(prefix(24, 10, 1, 2, 0)));
        assertTrue(PackedPrefixes.packable(prefix(23, 10, 1, 3, 0)), "host bits inside the packed bytes travel");
        assertFalse(PackedPrefixes.packable(prefix(24, 10, 1, 2, 1)), "a set bit in a byte left out");
        assertFalse(PackedPrefixes.packable(prefix(33, 10, 1, 2, 0)));
        assertFalse(PackedPrefixes.packable(prefix(-1, 10, 1, 2, 0)), "uint32 length 4294967295");
        assertFalse(PackedPrefixes.packable(new byte[] {10, 1, 2, 0}, -1));
        assertFalse(PackedPrefixes.packable(prefix(24, 10, 1, 2)));
        assertFalse(PackedPrefixes.packable(IpPrefix.getDefaultInstance()));
    }
}
