package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.Arrays;

/**
 * One LSA instance: its header, its parsed body and its exact bytes. The bytes are what is stored, flooded and
 * acknowledged (reserved bits and unknown types survive untouched and the checksum stays right); header and body
 * are the parsed view for SPF and the show commands. Build new ones with {@link #build}, which encodes the body
 * and fills in length and Fletcher checksum.
 */
public record Lsa(LsaHeader header, LsaBody body, byte[] wire) {
    public Lsa {
        wire = wire.clone();
    }

    /**
     * Encodes an LSA from a header and a body: the header's length and checksum are ignored and computed.
     */
    public static Lsa build(LsaHeader header, LsaBody body) {
        WireWriter w = new WireWriter(64);
        header.encode(w);
        body.encode(w);
        byte[] bytes = w.toByteArray();
        bytes[18] = (byte) (bytes.length >>> 8);
        bytes[19] = (byte) bytes.length;
        int checksum = LsaChecksum.fill(bytes, 0, bytes.length);
        LsaHeader h = new LsaHeader(header.version(), header.age(), header.options(), header.type(),
                header.linkStateId(), header.advertisingRouter(), header.sequence(), checksum, bytes.length);
        return new Lsa(h, body, bytes);
    }

    @Override
    public byte[] wire() {
        return wire.clone();
    }

    /** Appends the LSA as stored (for Link State Update packets). */
    public void encode(WireWriter w) {
        w.bytes(wire);
    }

    public int length() {
        return wire.length;
    }

    public OspfVersion version() {
        return header.version();
    }

    public LsaKey key() {
        return header.key();
    }

    /** The same instance with another LS age (aging, flooding's InfTransDelay); age is outside the checksum. */
    public Lsa withAge(int age) {
        byte[] b = wire.clone();
        b[0] = (byte) (age >>> 8);
        b[1] = (byte) age;
        return new Lsa(header.withAge(age), body, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lsa l && Arrays.equals(l.wire, wire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wire);
    }

    @Override
    public String toString() {
        return header + " " + body;
    }
}
