package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;

/** BGP Extended Message (code 6, RFC 8654): messages other than OPEN and KEEPALIVE may reach 65535 bytes. */
public record ExtendedMessageCapability() implements Capability {
    public static final ExtendedMessageCapability INSTANCE = new ExtendedMessageCapability();

    @Override
    public int code() {
        return EXTENDED_MESSAGE;
    }

    @Override
    public int valueLength() {
        return 0;
    }

    @Override
    public void writeValue(ByteBuffer out) {
    }
}
