package dev.ferry.bgpd.message;

import dev.ferry.lib.pcap.Pcap;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helper: reassembles each direction of the TCP connections on a port, by sequence number. */
final class TcpStreams {
    private TcpStreams() {
    }

    /** Byte stream per direction, keyed "srcPort>dstPort", in order of first appearance. */
    static Map<String, byte[]> reassemble(List<Pcap.Frame> frames, int port) {
        Map<String, TreeMap<Long, byte[]>> segments = new LinkedHashMap<>();
        for (Pcap.Frame f : frames) {
            int[] ports = f.ports();
            if (f.ipProtocol() != 6 || ports == null || (ports[0] != port && ports[1] != port)) {
                continue;
            }
            byte[] payload = f.l4Payload();
            if (payload == null || payload.length == 0) {
                continue;
            }
            long seq = ByteBuffer.wrap(f.ipPayload()).getInt(4) & 0xffffffffL;
            segments.computeIfAbsent(ports[0] + ">" + ports[1], k -> new TreeMap<>()).putIfAbsent(seq, payload);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        segments.forEach((dir, segs) -> {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            long next = segs.firstKey();
            for (Map.Entry<Long, byte[]> e : segs.entrySet()) {
                long seq = e.getKey();
                byte[] p = e.getValue();
                if (seq + p.length <= next) {
                    continue; // a retransmission
                }
                if (seq > next) {
                    throw new IllegalStateException(dir + ": bytes missing before seq " + seq);
                }
                int skip = (int) (next - seq);
                s.write(p, skip, p.length - skip);
                next = seq + p.length;
            }
            out.put(dir, s.toByteArray());
        });
        return out;
    }

    /** Splits a stream into messages by the header's length field. */
    static List<byte[]> split(byte[] stream) {
        List<byte[]> out = new ArrayList<>();
        int off = 0;
        while (off < stream.length) {
            int len = MessageDecoder.frameLength(stream, off, stream.length - off);
            if (len < MessageType.HEADER_LENGTH || off + len > stream.length) {
                throw new IllegalStateException("broken framing at " + off);
            }
            byte[] m = new byte[len];
            System.arraycopy(stream, off, m, 0, len);
            out.add(m);
            off += len;
        }
        return out;
    }
}
