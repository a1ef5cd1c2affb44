package dev.ferry.ospfd.lsa;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.Arrays;

/**
 * An IPv6 prefix as OSPFv3 LSAs carry it (RFC 5340 A.4.1): length, options, a 16-bit field whose meaning
 * depends on the LSA (metric in Intra-Area-Prefix-LSAs, Referenced LS Type in AS-External-LSAs, reserved
 * elsewhere), then only the prefix's significant 32-bit words.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  PrefixLength | PrefixOptions |         (16 bits)             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Address Prefix: ceil(PrefixLength/32) words    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param address the words as carried, {@code 4 * ceil(length / 32)} bytes (kept as received, padding bits too)
 */
public record Ospf6Prefix(int length, int options, int field, byte[] address) {
    /** PrefixOptions (RFC 5340 A.4.1.1). */
    public static final int NU = 0x01;
    public static final int LA = 0x02;
    public static final int P = 0x08;
    public static final int DN = 0x10;

    public Ospf6Prefix {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("IPv6 prefix length " + length);
        }
        if (address.length != wordBytes(length)) {
            throw new IllegalArgumentException("prefix /" + length + " needs " + wordBytes(length) + " bytes");
        }
        address = address.clone();
    }

    /** A prefix from an address and length, host bits cleared. */
    public static Ospf6Prefix of(IpPrefix prefix, int options, int field) {
        byte[] masked = prefix.masked().address();
        return new Ospf6Prefix(prefix.length(), options, field, Arrays.copyOf(masked, wordBytes(prefix.length())));
    }

    static int wordBytes(int length) {
        return (length + 31) / 32 * 4;
    }

    /** Reads the prefix head (length, options, 16-bit field) and its words. */
    static Ospf6Prefix decode(WireReader r) throws DecodeException {
        int length = r.u8("PrefixLength");
        int options = r.u8("PrefixOptions");
        int field = r.u16("prefix metric/reserved");
        return decodeAddress(r, length, options, field);
    }

    /** Reads the words of a prefix whose head was read apart (AS-External-LSA). */
    static Ospf6Prefix decodeAddress(WireReader r, int length, int options, int field) throws DecodeException {
        if (length > 128) {
            throw new DecodeException(Reason.MALFORMED_LSA, "IPv6 prefix length " + length);
        }
        return new Ospf6Prefix(length, options, field, r.bytes(wordBytes(length), "Address Prefix"));
    }

    void encode(WireWriter w) {
        w.u8(length).u8(options).u16(field);
        w.bytes(address);
    }

    /** The prefix with its host bits cleared, as a lib prefix. */
    public IpPrefix toIpPrefix() {
        return new IpPrefix(Arrays.copyOf(address, 16), length).masked();
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ospf6Prefix p && p.length == length && p.options == options && p.field == field
                && Arrays.equals(p.address, address);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(address) * 31 + length) * 31 + field * 7 + options;
    }

    @Override
    public String toString() {
        return toIpPrefix() + (options != 0 ? " opts 0x" + Integer.toHexString(options) : "")
                + (field != 0 ? " field " + field : "");
    }
}
