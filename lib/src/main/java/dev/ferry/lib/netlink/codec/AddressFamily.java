package dev.ferry.lib.netlink.codec;

/** Address families in netlink messages (linux/socket.h) and their address sizes. */
public final class AddressFamily {
    public static final int UNSPEC = 0;
    public static final int INET = 2;
    public static final int BRIDGE = 7;
    public static final int INET6 = 10;
    public static final int MPLS = 28;

    private AddressFamily() {
    }

    /** 4 for AF_INET, 16 for AF_INET6, 4 (one label entry) for AF_MPLS, else -1. */
    public static int addressLength(int family) {
        return switch (family) {
            case INET, MPLS -> 4;
            case INET6 -> 16;
            default -> -1;
        };
    }

    /** AF_INET or AF_INET6 for an address of 4 or 16 bytes. */
    public static int ofAddress(byte[] address) {
        return switch (address.length) {
            case 4 -> INET;
            case 16 -> INET6;
            default -> throw new IllegalArgumentException("not an IP address: " + address.length + " bytes");
        };
    }
}
