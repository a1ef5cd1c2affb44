package dev.ferry.proto.zebra;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.IpPrefix;
import java.util.Arrays;

/**
 * {@code Route.more_prefixes} (API 1.3): prefixes packed as BGP's NLRI (RFC 4271 section 4.3), a length byte
 * then the fewest whole bytes holding that many bits. The client packs with {@link Writer}, zebra reads with
 * {@link Reader}; neither makes an object per prefix.
 */
public final class PackedPrefixes {
    private PackedPrefixes() {
    }

    /** The bytes a prefix of {@code length} bits takes after its length byte. */
    static int bytesFor(int length) {
        return (length + 7) >>> 3;
    }

    /**
     * Whether {@code p} packs without losing anything: a 4- or 16-byte address, a length that fits it, and no
     * bits set in the bytes packing leaves out (zebra would see those bytes as zeros).
     */
    public static boolean packable(IpPrefix p) {
        ByteString a = p.getAddress();
        if (!fits(a.size(), p.getLength())) {
            return false;
        }
        for (int i = bytesFor(p.getLength()); i < a.size(); i++) {
            if (a.byteAt(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #packable(IpPrefix)} of an address and a length. */
    public static boolean packable(byte[] address, int length) {
        if (!fits(address.length, length)) {
            return false;
        }
        for (int i = bytesFor(length); i < address.length; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** An address of a family's size, and a length (unsigned on the wire) within it. */
    private static boolean fits(int addressBytes, int length) {
        return (addressBytes == 4 || addressBytes == 16) && length >= 0 && length <= 8 * addressBytes;
    }

    /** Packs prefixes one after another into a growing array; reusable after {@link #reset()}. */
    public static final class Writer {
        private byte[] buf = new byte[256];
        private int size;
        private int count;

        /** Appends a {@link #packable} prefix. */
        public void add(IpPrefix p) {
            int n = room(p.getLength());
            p.getAddress().copyTo(buf, 0, size, n);
            size += n;
        }

        /** Appends a {@link #packable} prefix given as an address and a length. */
        public void add(byte[] address, int length) {
            int n = room(length);
            System.arraycopy(address, 0, buf, size, n);
            size += n;
        }

        /** Writes the length byte and makes room for the address bytes, which the caller copies. */
        private int room(int length) {
            int n = bytesFor(length);
            if (size + 1 + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + 1 + n));
            }
            buf[size++] = (byte) length;
            count++;
            return n;
        }

        /** The prefixes added since the last reset. */
        public int count() {
            return count;
        }

        /** What was packed, as the field's value. */
        public ByteString toByteString() {
            return ByteString.copyFrom(buf, 0, size);
        }

        public void reset() {
            size = 0;
            count = 0;
        }
    }

    /** Reads packed prefixes of one family in order; a malformed rest ends the reading with a reason. */
    public static final class Reader {
        private final ByteString packed;
        private final int addressBytes;
        private int at;
        private int length;
        private String error;

        /** @param addressBytes 4 for IPv4, 16 for IPv6: the batch's family */
        public Reader(ByteString packed, int addressBytes) {
            this.packed = packed;
            this.addressBytes = addressBytes;
        }

        /**
         * Reads the next prefix: its address into {@code address} (the first {@code addressBytes} bytes, zeros
         * beyond what was packed). False at the end, or when the rest is malformed ({@link #error()} says why).
         */
        public boolean next(byte[] address) {
            if (error != null || at >= packed.size()) {
                return false;
            }
            length = packed.byteAt(at) & 0xff;
            if (length > 8 * addressBytes) {
                error = "packed prefix length " + length + " out of range";
                return false;
            }
            int n = bytesFor(length);
            if (at + 1 + n > packed.size()) {
                error = "packed prefixes end inside a prefix";
                return false;
            }
            packed.copyTo(address, at + 1, 0, n);
            Arrays.fill(address, n, addressBytes, (byte) 0);
            at += 1 + n;
            return true;
        }

        /** The length in bits of the prefix {@link #next} read last. */
        public int length() {
            return length;
        }

        /** Why reading stopped before the end, or null. */
        public String error() {
            return error;
        }
    }

    /** How many prefixes {@code packed} holds, counting up to where it turns malformed (for rejecting them all). */
    public static int count(ByteString packed, int addressBytes) {
        Reader r = new Reader(packed, addressBytes);
        byte[] scratch = new byte[16];
        int n = 0;
        while (r.next(scratch)) {
            n++;
        }
        return n;
    }
}
