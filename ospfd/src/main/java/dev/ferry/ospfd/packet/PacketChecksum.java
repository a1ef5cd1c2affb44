package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.wire.InternetChecksum;

/**
 * The packet checksums. OSPFv2: the IP checksum of the packet without its 8-byte Authentication field (RFC 2328
 * D.4). OSPFv3: the IPv6 upper-layer checksum with the pseudo-header (RFC 5340 A.3.1, RFC 8200 8.1); the kernel
 * computes and checks it (IPV6_CHECKSUM), so this is for tests and for sending without the kernel's help.
 */
public final class PacketChecksum {
    /** Where the checksum sits in both versions' headers. */
    public static final int OFFSET = 12;
    private static final int V2_AUTH_OFFSET = 16;
    private static final int V2_AUTH_LENGTH = 8;
    private static final int OSPF_NEXT_HEADER = 89;

    private PacketChecksum() {
    }

    /** The v2 checksum of {@code packet[off, off+length)}, as if the checksum field were zero. */
    public static int v2(byte[] packet, int off, int length) {
        long sum = InternetChecksum.add(0, packet, off, OFFSET);
        sum = InternetChecksum.add(sum, packet, off + OFFSET + 2, V2_AUTH_OFFSET - OFFSET - 2);
        int afterAuth = V2_AUTH_OFFSET + V2_AUTH_LENGTH;
        sum = InternetChecksum.add(sum, packet, off + afterAuth, length - afterAuth);
        return InternetChecksum.finish(sum);
    }

    /** True when the v2 packet's checksum field holds its checksum. */
    public static boolean verifyV2(byte[] packet, int off, int length) {
        return v2(packet, off, length) == field(packet, off);
    }

    /** The v3 checksum with the pseudo-header of {@code source} and {@code destination} (16 bytes each). */
    public static int v3(byte[] source, byte[] destination, byte[] packet, int off, int length) {
        long sum = InternetChecksum.add(0, source, 0, 16);
        sum = InternetChecksum.add(sum, destination, 0, 16);
        sum += (length >>> 16) + (length & 0xffff) + OSPF_NEXT_HEADER;
        sum = InternetChecksum.add(sum, packet, off, OFFSET);
        sum = InternetChecksum.add(sum, packet, off + OFFSET + 2, length - OFFSET - 2);
        return InternetChecksum.finish(sum);
    }

    /** True when the v3 packet's checksum field is right for this source and destination. */
    public static boolean verifyV3(byte[] source, byte[] destination, byte[] packet, int off, int length) {
        return v3(source, destination, packet, off, length) == field(packet, off);
    }

    static int field(byte[] packet, int off) {
        return ((packet[off + OFFSET] & 0xff) << 8) | (packet[off + OFFSET + 1] & 0xff);
    }

    static void write(byte[] packet, int off, int checksum) {
        packet[off + OFFSET] = (byte) (checksum >>> 8);
        packet[off + OFFSET + 1] = (byte) checksum;
    }
}
