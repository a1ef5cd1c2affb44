package dev.ferry.bgpd.message;

/** Message type codes (RFC 4271 section 4.1, RFC 2918) and the fixed sizes of the header. */
public final class MessageType {
    public static final int OPEN = 1;
    public static final int UPDATE = 2;
    public static final int NOTIFICATION = 3;
    public static final int KEEPALIVE = 4;
    public static final int ROUTE_REFRESH = 5;

    public static final int HEADER_LENGTH = 19;
    public static final int MARKER_LENGTH = 16;

    private MessageType() {
    }

    /** tshark's names: "OPEN Message", ... */
    public static String name(int type) {
        return switch (type) {
            case OPEN -> "OPEN";
            case UPDATE -> "UPDATE";
            case NOTIFICATION -> "NOTIFICATION";
            case KEEPALIVE -> "KEEPALIVE";
            case ROUTE_REFRESH -> "ROUTE-REFRESH";
            default -> "type " + type;
        };
    }
}
