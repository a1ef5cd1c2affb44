package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.Inet;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Address List TLV (RFC 5036 section 3.4.3), in Address and Address Withdraw messages: the interface addresses
 * of the sender, all of one family.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0|0| Address List (0x0101)     |      Length                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Address Family            |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               |
 * |                       Addresses                               |
 * ~                                                               ~
 * </pre>
 * An address family other than IPv4 (1) or IPv6 (2) is Unsupported Address Family (advisory); addresses that do
 * not fill the value exactly are a Bad TLV Length.
 */
public record AddressListTlv(AddressFamily family, List<InetAddress> addresses) implements KnownTlv {
    public AddressListTlv {
        addresses = List.copyOf(addresses);
        for (InetAddress a : addresses) {
            if (AddressFamily.of(a) != family) {
                throw new IllegalArgumentException(a + " is not " + family);
            }
        }
    }

    @Override
    public TlvType type() {
        return TlvType.ADDRESS_LIST;
    }

    public static AddressListTlv decode(WireReader value) throws DecodeException {
        int number = value.u16("address family");
        AddressFamily family = AddressFamily.of(number).orElseThrow(() -> new DecodeException(
                StatusCode.UNSUPPORTED_ADDRESS_FAMILY, "Address List family " + number));
        if (value.remaining() % family.size() != 0) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH,
                    "Address List of " + value.remaining() + " bytes of " + family + " addresses");
        }
        List<InetAddress> out = new ArrayList<>();
        while (value.hasRemaining()) {
            out.add(Inet.of(value.bytes(family.size(), "address")));
        }
        return new AddressListTlv(family, out);
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u16(family.number());
        addresses.forEach(w::address);
    }
}
