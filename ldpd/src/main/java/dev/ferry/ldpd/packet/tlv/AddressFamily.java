package dev.ferry.ldpd.packet.tlv;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/** The address families LDP carries (IANA address family numbers), with their address sizes. */
public enum AddressFamily {
    IPV4(1, 4, 32),
    IPV6(2, 16, 128);

    private final int number;
    private final int size;
    private final int maxPrefixLength;

    AddressFamily(int number, int size, int maxPrefixLength) {
        this.number = number;
        this.size = size;
        this.maxPrefixLength = maxPrefixLength;
    }

    /** IANA address family number, as on the wire. */
    public int number() {
        return number;
    }

    /** Address size in bytes. */
    public int size() {
        return size;
    }

    public int maxPrefixLength() {
        return maxPrefixLength;
    }

    public static Optional<AddressFamily> of(int number) {
        return number == 1 ? Optional.of(IPV4) : number == 2 ? Optional.of(IPV6) : Optional.empty();
    }

    public static AddressFamily of(InetAddress address) {
        return address instanceof Inet4Address ? IPV4 : IPV6;
    }
}
