package dev.ferry.ldpd.packet.message;

import java.util.Optional;

/** The LDP message types this codec decodes (RFC 5036 section 3.7; Capability from RFC 5561). */
public enum MessageType {
    NOTIFICATION(0x0001, "notification"),
    HELLO(0x0100, "hello"),
    INITIALIZATION(0x0200, "initialization"),
    KEEPALIVE(0x0201, "keepalive"),
    CAPABILITY(0x0202, "capability"),
    ADDRESS(0x0300, "address"),
    ADDRESS_WITHDRAW(0x0301, "address withdraw"),
    LABEL_MAPPING(0x0400, "label mapping"),
    LABEL_REQUEST(0x0401, "label request"),
    LABEL_WITHDRAW(0x0402, "label withdraw"),
    LABEL_RELEASE(0x0403, "label release"),
    LABEL_ABORT_REQUEST(0x0404, "label abort request");

    /** U bit of the message's first 16 bits. */
    public static final int U_BIT = 0x8000;
    public static final int TYPE_MASK = 0x7FFF;

    private final int code;
    private final String name;

    MessageType(int code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The 15-bit type. */
    public int code() {
        return code;
    }

    /** The message's name in lower case, for error details ("label abort request"). */
    public String title() {
        return name;
    }

    /**
     * The name FRR's ldpd logs ({@code msg_name} in ldpd/logmsg.c). FRR 8.4 has no name for Label Abort Request
     * and prints its type in hex, "[00000404]", which is kept here.
     */
    public String frrName() {
        return this == LABEL_ABORT_REQUEST ? String.format("[%08x]", code) : name;
    }

    public static Optional<MessageType> of(int code) {
        for (MessageType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
