package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.WireWriter;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The body of an LSA whose type this codec does not parse (v2 opaque LSAs, v3 types with the U bit, future
 * types): kept byte for byte so it can be stored and flooded unchanged (RFC 5340 4.5.1, RFC 5250).
 */
public record OpaqueBody(byte[] bytes) implements LsaBody {
    public OpaqueBody {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public void encode(WireWriter w) {
        w.bytes(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueBody b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OpaqueBody[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
