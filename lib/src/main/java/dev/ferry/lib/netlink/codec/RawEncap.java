package dev.ferry.lib.netlink.codec;

import java.util.Arrays;
import java.util.HexFormat;

/** An encapsulation Ferry does not model (ip, ip6, bpf, an unknown seg6local action): kept as bytes. */
public record RawEncap(int encapType, byte[] attributes) implements LwtEncap {
    public RawEncap {
        attributes = attributes.clone();
    }

    @Override
    public byte[] attributes() {
        return attributes.clone();
    }

    @Override
    public void encodeAttributes(MessageWriter w) {
        w.bytes(attributes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawEncap r && r.encapType == encapType && Arrays.equals(r.attributes, attributes);
    }

    @Override
    public int hashCode() {
        return 31 * encapType + Arrays.hashCode(attributes);
    }

    @Override
    public String toString() {
        return "RawEncap[type=" + encapType + ", " + HexFormat.ofDelimiter(" ").formatHex(attributes) + "]";
    }
}
