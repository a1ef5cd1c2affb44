package dev.ferry.ospfd.packet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * OSPFv2 keyed-MD5 authentication (RFC 2328 D.4.3): the digest is MD5 over the packet (checksum field 0,
 * Authentication field holding key id, length 16 and the sequence number) followed by the key zero-padded to 16
 * bytes; the digest then replaces the key after the packet, outside the OSPF packet length but inside the IP
 * datagram.
 */
public final class Md5Authentication {
    public static final int DIGEST_LENGTH = 16;
    public static final int KEY_LENGTH = 16;

    private Md5Authentication() {
    }

    /** The digest of {@code packet[0, ospfLength)} under {@code key} (up to 16 bytes, zero-padded). */
    public static byte[] digest(byte[] packet, int off, int ospfLength, byte[] key) {
        MessageDigest md5 = newMd5();
        md5.update(packet, off, ospfLength);
        md5.update(Arrays.copyOf(key, KEY_LENGTH));
        return md5.digest();
    }

    /** True when the 16 bytes after the OSPF packet are the digest of the packet under {@code key}. */
    public static boolean verify(byte[] packet, int off, int ospfLength, int available, byte[] key) {
        if (ospfLength < 0 || available - ospfLength < DIGEST_LENGTH || off + available > packet.length) {
            return false;
        }
        byte[] expected = digest(packet, off, ospfLength, key);
        byte[] got = Arrays.copyOfRange(packet, off + ospfLength, off + ospfLength + DIGEST_LENGTH);
        return MessageDigest.isEqual(expected, got);
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
