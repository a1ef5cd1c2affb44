package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.net.Inet6Address;

/**
 * IPv6 Transport Address TLV (RFC 5036 section 3.5.2; RFC 7552):
 * <pre>
 * |0|0| IPv6 Transport Addr(0x0403)|     Length (16)              |
 * |                      IPv6 Address (16 bytes)                  |
 * </pre>
 */
public record Ipv6TransportAddressTlv(Inet6Address address) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.IPV6_TRANSPORT_ADDRESS;
    }

    public static Ipv6TransportAddressTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 16, TlvType.IPV6_TRANSPORT_ADDRESS);
        return new Ipv6TransportAddressTlv(value.ipv6("transport address"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.address(address);
    }
}
