package dev.ferry.ldpd.packet;

import dev.ferry.lib.pcap.Pcap;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LDP traffic of a capture: UDP 646 datagrams in frame order, and each TCP direction's byte stream rebuilt in
 * TCP sequence order (retransmitted segments counted once), keyed "src>dst" by IPv4 address.
 */
record CaptureStreams(List<Datagram> datagrams, Map<String, byte[]> tcp) {
    record Datagram(String src, String dst, byte[] payload) {
    }

    static CaptureStreams of(List<Pcap.Frame> frames) {
        List<Datagram> datagrams = new ArrayList<>();
        Map<String, TreeMap<Long, byte[]>> segments = new LinkedHashMap<>();
        for (Pcap.Frame f : frames) {
            int[] ports = f.ports();
            if (ports == null || (ports[0] != 646 && ports[1] != 646)) {
                continue;
            }
            String key = ipv4(f, 12) + ">" + ipv4(f, 16);
            if (f.ipProtocol() == 17) {
                datagrams.add(new Datagram(ipv4(f, 12), ipv4(f, 16), f.l4Payload()));
            } else if (f.ipProtocol() == 6) {
                byte[] payload = f.l4Payload();
                if (payload.length > 0) {
                    byte[] tcpHeader = f.ipPayload();
                    long seq = ((tcpHeader[4] & 0xffL) << 24) | ((tcpHeader[5] & 0xff) << 16)
                            | ((tcpHeader[6] & 0xff) << 8) | (tcpHeader[7] & 0xff);
                    segments.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(seq, payload);
                }
            }
        }
        Map<String, byte[]> tcp = new LinkedHashMap<>();
        segments.forEach((key, bySeq) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long next = bySeq.firstKey();
            for (var e : bySeq.entrySet()) {
                if (e.getKey() != next) {
                    throw new IllegalStateException(key + ": gap in the TCP stream at " + next);
                }
                out.writeBytes(e.getValue());
                next = (e.getKey() + e.getValue().length) & 0xffffffffL;
            }
            tcp.put(key, out.toByteArray());
        });
        return new CaptureStreams(datagrams, tcp);
    }

    /** An IPv4 address at {@code offset} in the IP header (12: source, 16: destination). */
    private static String ipv4(Pcap.Frame f, int offset) {
        int ip = switch (f.linkType()) {
            case 1 -> 14;
            case 113 -> 16;
            case 276 -> 20;
            default -> throw new IllegalArgumentException("link type " + f.linkType());
        };
        byte[] d = f.data();
        return (d[ip + offset] & 0xff) + "." + (d[ip + offset + 1] & 0xff) + "." + (d[ip + offset + 2] & 0xff) + "."
                + (d[ip + offset + 3] & 0xff);
    }
}
