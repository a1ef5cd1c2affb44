package dev.ferry.ospfd.packet;

import dev.ferry.lib.pcap.Pcap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The OSPF packets of FRR 8.4's recorded captures, with their frame numbers (as tshark counts) and IP addresses. */
public final class FrrCaptures {
    public static final String V2 = "/frr-reference/out/pcap/ospfv2-adjacency.pcap";
    public static final String V3 = "/frr-reference/out/pcap/ospf6-f1-eth0.pcap";
    private static final int OSPF = 89;

    /** One OSPF packet: the IP payload and the IP source and destination. */
    public record Captured(int frame, byte[] payload, byte[] source, byte[] destination) {
    }

    private FrrCaptures() {
    }

    public static List<Captured> ospf(String resource) {
        List<Pcap.Frame> frames;
        try {
            frames = Pcap.resource(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Captured> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Pcap.Frame f = frames.get(i);
            if (f.ipProtocol() != OSPF) {
                continue;
            }
            byte[] d = f.data();
            // Ethernet (link type 1, as both captures are): IPv4 or IPv6 header at 14
            boolean v6 = ((d[12] & 0xff) << 8 | (d[13] & 0xff)) == 0x86dd;
            byte[] src = v6 ? Arrays.copyOfRange(d, 22, 38) : Arrays.copyOfRange(d, 26, 30);
            byte[] dst = v6 ? Arrays.copyOfRange(d, 38, 54) : Arrays.copyOfRange(d, 30, 34);
            out.add(new Captured(i + 1, f.ipPayload(), src, dst));
        }
        return out;
    }

    public static Captured frame(String resource, int number) {
        return ospf(resource).stream().filter(c -> c.frame() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no OSPF frame " + number + " in " + resource));
    }
}
