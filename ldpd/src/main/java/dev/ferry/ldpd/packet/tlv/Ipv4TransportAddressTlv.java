package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.net.Inet4Address;

/**
 * IPv4 Transport Address TLV (RFC 5036 section 3.5.2), optional in a Hello: the address the session's TCP
 * connection uses (the hello's source address when absent).
 * <pre>
 * |0|0| IPv4 Transport Addr(0x0401)|     Length (4)               |
 * |                      IPv4 Address                             |
 * </pre>
 */
public record Ipv4TransportAddressTlv(Inet4Address address) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.IPV4_TRANSPORT_ADDRESS;
    }

    public static Ipv4TransportAddressTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.IPV4_TRANSPORT_ADDRESS);
        return new Ipv4TransportAddressTlv(value.ipv4("transport address"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.address(address);
    }
}
