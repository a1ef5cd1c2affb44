package dev.ferry.ospfd.packet;

import java.util.Arrays;

/**
 * The OSPFv2 header's AuType and Authentication fields (RFC 2328 D). OSPFv3 has none (it relies on IPsec or
 * RFC 7166's trailer) and uses {@link Null}.
 */
public sealed interface Authentication {
    int NULL_TYPE = 0;
    int SIMPLE_TYPE = 1;
    int CRYPTOGRAPHIC_TYPE = 2;

    /** AuType on the wire. */
    int type();

    /** The 8-byte Authentication field. */
    byte[] field();

    /** AuType 0: no authentication; the field is carried as received (it is outside the checksum). */
    record Null(byte[] data) implements Authentication {
        public static final Null NONE = new Null(new byte[8]);

        public Null {
            data = Arrays.copyOf(data, 8);
        }

        @Override
        public int type() {
            return NULL_TYPE;
        }

        @Override
        public byte[] field() {
            return data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Null n && Arrays.equals(n.data, data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }
    }

    /** AuType 1: a clear-text password of up to 8 bytes, zero-padded (RFC 2328 D.3). */
    record Simple(byte[] password) implements Authentication {
        public Simple {
            password = Arrays.copyOf(password, 8);
        }

        @Override
        public int type() {
            return SIMPLE_TYPE;
        }

        @Override
        public byte[] field() {
            return password.clone();
        }

        @Override
        public byte[] password() {
            return password.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Simple s && Arrays.equals(s.password, password);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(password);
        }
    }

    /**
     * AuType 2: a keyed digest appended after the packet (RFC 2328 D.3, D.4.3).
     *
     * <pre>
     * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
     * |              0                |    Key ID     | Auth Data Len |
     * |                 Cryptographic sequence number                 |
     * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
     * </pre>
     *
     * @param digest the trailer as received (empty when building a packet: the encoder computes it)
     */
    record Cryptographic(int keyId, int dataLength, int sequence, byte[] digest) implements Authentication {
        public Cryptographic {
            digest = digest.clone();
        }

        /** For sending with keyed MD5: the digest is computed at encoding. */
        public static Cryptographic md5(int keyId, int sequence) {
            return new Cryptographic(keyId, Md5Authentication.DIGEST_LENGTH, sequence, new byte[0]);
        }

        @Override
        public int type() {
            return CRYPTOGRAPHIC_TYPE;
        }

        @Override
        public byte[] field() {
            return new byte[] {0, 0, (byte) keyId, (byte) dataLength, (byte) (sequence >>> 24),
                (byte) (sequence >>> 16), (byte) (sequence >>> 8), (byte) sequence};
        }

        @Override
        public byte[] digest() {
            return digest.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cryptographic c && c.keyId == keyId && c.dataLength == dataLength
                    && c.sequence == sequence && Arrays.equals(c.digest, digest);
        }

        @Override
        public int hashCode() {
            return (keyId * 31 + sequence) * 31 + Arrays.hashCode(digest);
        }
    }
}
