package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.Inet;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.net.InetAddress;

/**
 * Prefix FEC element (RFC 5036 section 3.4.1):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Prefix (2)   |     Address Family            |     PreLen    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Prefix (ceil(PreLen / 8) bytes)           |
 * ~                                                               ~
 * </pre>
 * {@link #prefix()} holds the prefix bytes padded with zeros to a full address; the bits of the last byte past
 * PreLen are kept as received, so re-encoding is exact. Address family other than IPv4/IPv6: Unsupported Address
 * Family; PreLen past the address size: Malformed TLV Value; prefix bytes missing: Bad TLV Length (as FRR).
 */
public record PrefixFec(InetAddress prefix, int length) implements FecElement {
    public PrefixFec {
        if (length < 0 || length > AddressFamily.of(prefix).maxPrefixLength()) {
            throw new IllegalArgumentException("prefix length " + length);
        }
    }

    /** E.g. {@code PrefixFec.of("10.1.1.0/24")}. */
    public static PrefixFec of(String cidr) {
        int slash = cidr.indexOf('/');
        return new PrefixFec(Inet.parse(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
    }

    public AddressFamily family() {
        return AddressFamily.of(prefix);
    }

    @Override
    public int elementType() {
        return PREFIX;
    }

    /** Reads the element after its type byte. */
    static PrefixFec decodeBody(WireReader r) throws DecodeException {
        int number = r.u16("FEC address family");
        AddressFamily family = AddressFamily.of(number).orElseThrow(() -> new DecodeException(
                StatusCode.UNSUPPORTED_ADDRESS_FAMILY, "Prefix FEC address family " + number));
        int length = r.u8("FEC prefix length");
        if (length > family.maxPrefixLength()) {
            throw new DecodeException(StatusCode.MALFORMED_TLV_VALUE,
                    "Prefix FEC length " + length + " for " + family);
        }
        byte[] full = new byte[family.size()];
        byte[] given = r.bytes((length + 7) / 8, "FEC prefix");
        System.arraycopy(given, 0, full, 0, given.length);
        return new PrefixFec(Inet.of(full), length);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(PREFIX).u16(family().number()).u8(length).bytes(prefix.getAddress(), 0, (length + 7) / 8);
    }

    @Override
    public String toString() {
        return Inet.format(prefix) + "/" + length;
    }
}
