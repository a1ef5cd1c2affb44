package dev.ferry.lib.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads libpcap and pcapng files (as tcpdump and dumpcap write them) so codec tests can replay the frames of a recorded
 * FRR session. Knows the link types our recordings use: Ethernet (1) and Linux cooked capture v1 (113) and
 * v2 (276). {@link Frame#ipPayload()} strips the link header and the IPv4 or IPv6 header (no extension
 * headers) and gives the protocol number; {@link Frame#l4Payload()} further strips TCP or UDP headers.
 */
public final class Pcap {
    /** One captured frame, with its link type and time. */
    public record Frame(int linkType, long micros, byte[] data) {
        /** Offset of the IP header and the EtherType, or null for a frame carrying no IP. */
        private int[] ipStart() {
            ByteBuffer b = ByteBuffer.wrap(data);
            int off;
            int etherType;
            switch (linkType) {
                case 1 -> {
                    off = 14;
                    etherType = b.getShort(12) & 0xffff;
                    while (etherType == 0x8100 && data.length >= off + 4) {
                        etherType = b.getShort(off + 2) & 0xffff;
                        off += 4;
                    }
                }
                case 113 -> {
                    off = 16;
                    etherType = b.getShort(14) & 0xffff;
                }
                case 276 -> {
                    off = 20;
                    etherType = b.getShort(0) & 0xffff;
                }
                default -> {
                    return null;
                }
            }
            return etherType == 0x0800 || etherType == 0x86dd ? new int[] {off, etherType} : null;
        }

        /** The IP protocol (or IPv6 next header) of the frame, or -1 if it carries no IP. */
        public int ipProtocol() {
            int[] s = ipStart();
            if (s == null) {
                return -1;
            }
            return s[1] == 0x0800 ? data[s[0] + 9] & 0xff : data[s[0] + 6] & 0xff;
        }

        /** The bytes after the IP header (within the IP total length), or null if the frame carries no IP. */
        public byte[] ipPayload() {
            int[] s = ipStart();
            if (s == null) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(data);
            int start;
            int end;
            if (s[1] == 0x0800) {
                int ihl = (data[s[0]] & 0x0f) * 4;
                start = s[0] + ihl;
                end = s[0] + (b.getShort(s[0] + 2) & 0xffff);
            } else {
                start = s[0] + 40;
                end = start + (b.getShort(s[0] + 4) & 0xffff);
            }
            end = Math.min(end, data.length);
            byte[] out = new byte[Math.max(0, end - start)];
            System.arraycopy(data, start, out, 0, out.length);
            return out;
        }

        /** The TCP or UDP payload, or null if the frame is neither. */
        public byte[] l4Payload() {
            int proto = ipProtocol();
            byte[] ip = ipPayload();
            if (ip == null) {
                return null;
            }
            int hdr;
            if (proto == 6) {
                hdr = ((ip[12] & 0xf0) >>> 4) * 4;
            } else if (proto == 17) {
                hdr = 8;
            } else {
                return null;
            }
            byte[] out = new byte[Math.max(0, ip.length - hdr)];
            System.arraycopy(ip, hdr, out, 0, out.length);
            return out;
        }

        /** The TCP or UDP source and destination ports, or null. */
        public int[] ports() {
            int proto = ipProtocol();
            byte[] ip = ipPayload();
            if (ip == null || (proto != 6 && proto != 17) || ip.length < 4) {
                return null;
            }
            return new int[] {((ip[0] & 0xff) << 8) | (ip[1] & 0xff), ((ip[2] & 0xff) << 8) | (ip[3] & 0xff)};
        }
    }

    private Pcap() {
    }

    public static List<Frame> read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** A capture from the test class path, e.g. "/frr-reference/out/pcap/ldp-session.pcap". */
    public static List<Frame> resource(String name) throws IOException {
        try (var in = Pcap.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return parse(in.readAllBytes(), name);
        }
    }

    public static List<Frame> parse(byte[] bytes, String file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int magic = b.getInt(0);
        if (magic == 0x0a0d0d0a) {
            return readNg(file, b);
        }
        boolean nanos;
        if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
            b.order(ByteOrder.BIG_ENDIAN);
        } else if (Integer.reverseBytes(magic) == 0xa1b2c3d4 || Integer.reverseBytes(magic) == 0xa1b23c4d) {
            b.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw new IOException(file + ": not a libpcap file (pcapng is not supported; use editcap -F pcap)");
        }
        nanos = b.getInt(0) == 0xa1b23c4d;
        int linkType = b.getInt(20);
        b.position(24);
        List<Frame> frames = new ArrayList<>();
        while (b.remaining() >= 16) {
            long sec = b.getInt() & 0xffffffffL;
            long frac = b.getInt() & 0xffffffffL;
            int caplen = b.getInt();
            b.getInt();
            if (caplen < 0 || caplen > b.remaining()) {
                throw new IOException(file + ": truncated frame " + frames.size());
            }
            byte[] data = new byte[caplen];
            b.get(data);
            frames.add(new Frame(linkType, sec * 1_000_000 + (nanos ? frac / 1000 : frac), data));
        }
        return frames;
    }

    /** pcapng: section header, interface descriptions (link types) and enhanced packet blocks. */
    private static List<Frame> readNg(String file, ByteBuffer b) throws IOException {
        List<Frame> frames = new ArrayList<>();
        List<Integer> linkTypes = new ArrayList<>();
        int pos = 0;
        while (pos + 12 <= b.limit()) {
            if (b.getInt(pos) == 0x0a0d0d0a) {
                b.order(ByteOrder.BIG_ENDIAN);
                if (b.getInt(pos + 8) != 0x1a2b3c4d) {
                    b.order(ByteOrder.LITTLE_ENDIAN);
                }
                linkTypes.clear();
            }
            int type = b.getInt(pos);
            int len = b.getInt(pos + 4);
            if (len < 12 || pos + len > b.limit()) {
                throw new IOException(file + ": bad pcapng block at " + pos);
            }
            if (type == 1) {
                linkTypes.add(b.getShort(pos + 8) & 0xffff);
            } else if (type == 6) {
                int iface = b.getInt(pos + 8);
                long ts = ((b.getInt(pos + 12) & 0xffffffffL) << 32) | (b.getInt(pos + 16) & 0xffffffffL);
                int caplen = b.getInt(pos + 20);
                byte[] data = new byte[caplen];
                b.get(pos + 28, data);
                frames.add(new Frame(linkTypes.get(iface), ts, data));
            }
            pos += len;
        }
        return frames;
    }
}
