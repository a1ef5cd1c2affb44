package dev.ferry.ospfd.packet;

/** The five OSPF packet types, the same numbers in both versions (RFC 2328 A.3.1, RFC 5340 A.3.1). */
public enum PacketType {
    HELLO(1),
    DATABASE_DESCRIPTION(2),
    LINK_STATE_REQUEST(3),
    LINK_STATE_UPDATE(4),
    LINK_STATE_ACK(5);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a header's type byte, or null. */
    public static PacketType of(int code) {
        return code >= 1 && code <= 5 ? values()[code - 1] : null;
    }
}
