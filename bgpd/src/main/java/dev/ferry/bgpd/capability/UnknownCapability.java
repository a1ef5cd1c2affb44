package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/** A capability this codec does not interpret (add-path, FQDN, LLGR, ...), kept as received. */
public record UnknownCapability(int code, byte[] value) implements Capability {
    public UnknownCapability {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public int valueLength() {
        return value.length;
    }

    @Override
    public void writeValue(ByteBuffer out) {
        out.put(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownCapability u && u.code == code && Arrays.equals(u.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Capability[" + code + ": " + HexFormat.of().formatHex(value) + "]";
    }
}
