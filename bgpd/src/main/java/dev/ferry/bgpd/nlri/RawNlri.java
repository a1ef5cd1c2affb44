package dev.ferry.bgpd.nlri;

import java.util.Arrays;
import java.util.HexFormat;

/** The whole NLRI field of an address family this codec does not parse, kept so it can be passed on as received. */
public record RawNlri(byte[] bytes) implements Nlri {
    public RawNlri {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawNlri r && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "raw " + HexFormat.of().formatHex(bytes);
    }
}
