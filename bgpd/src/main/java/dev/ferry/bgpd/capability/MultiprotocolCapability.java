package dev.ferry.bgpd.capability;

import dev.ferry.bgpd.nlri.AddressFamily;
import java.nio.ByteBuffer;

/**
 * Multiprotocol Extensions (code 1, RFC 4760 section 8): AFI (2), reserved (1), SAFI (1).
 *
 * @param reserved kept as received for a faithful re-encode (senders put 0)
 */
public record MultiprotocolCapability(AddressFamily family, int reserved) implements Capability {
    public static MultiprotocolCapability of(AddressFamily family) {
        return new MultiprotocolCapability(family, 0);
    }

    static MultiprotocolCapability decode(ByteBuffer v) {
        if (v.remaining() != 4) {
            return null;
        }
        return new MultiprotocolCapability(new AddressFamily(v.getShort(0) & 0xffff, v.get(3) & 0xff),
                v.get(2) & 0xff);
    }

    @Override
    public int code() {
        return MULTIPROTOCOL;
    }

    @Override
    public int valueLength() {
        return 4;
    }

    @Override
    public void writeValue(ByteBuffer out) {
        out.putShort((short) family.afi());
        out.put((byte) reserved);
        out.put((byte) family.safi());
    }
}
