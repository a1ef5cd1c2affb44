package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;

/** Support for 4-octet AS numbers (code 65, RFC 6793): the speaker's real AS, 4 bytes unsigned. */
public record FourOctetAsCapability(int as) implements Capability {
    static FourOctetAsCapability decode(ByteBuffer v) {
        return v.remaining() != 4 ? null : new FourOctetAsCapability(v.getInt(0));
    }

    @Override
    public int code() {
        return FOUR_OCTET_AS;
    }

    @Override
    public int valueLength() {
        return 4;
    }

    @Override
    public void writeValue(ByteBuffer out) {
        out.putInt(as);
    }

    @Override
    public String toString() {
        return "FourOctetAs[" + Integer.toUnsignedString(as) + "]";
    }
}
