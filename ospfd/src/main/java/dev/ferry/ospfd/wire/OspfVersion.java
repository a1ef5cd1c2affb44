package dev.ferry.ospfd.wire;

/** OSPF for IPv4 (RFC 2328) or OSPF for IPv6 (RFC 5340): the first byte of every packet. */
public enum OspfVersion {
    V2(2, 24),
    V3(3, 16);

    private final int number;
    private final int headerLength;

    OspfVersion(int number, int headerLength) {
        this.number = number;
        this.headerLength = headerLength;
    }

    public int number() {
        return number;
    }

    /** Length of the common packet header: v2 carries a checksum and 8 bytes of authentication, v3 neither. */
    public int headerLength() {
        return headerLength;
    }

    /** The version for a header's first byte, or null. */
    public static OspfVersion of(int number) {
        return switch (number) {
            case 2 -> V2;
            case 3 -> V3;
            default -> null;
        };
    }
}
