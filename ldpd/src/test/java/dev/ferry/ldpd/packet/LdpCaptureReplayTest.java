package dev.ferry.ldpd.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.pcap.Pcap;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.HelloMessage;
import dev.ferry.ldpd.packet.message.InitializationMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduLimits;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.pdu.PduStreamSplitter;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.ConfigSequenceNumberTlv;
import dev.ferry.ldpd.packet.tlv.DynamicCapabilityAnnouncementTlv;
import dev.ferry.ldpd.packet.tlv.Ipv4TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFecCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.UnrecognizedNotificationCapabilityTlv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays FRR 8.4's LDP session between 9.9.9.9 and 1.1.1.1 (ldp-session.pcap): every Hello and both TCP
 * directions decode without error, match what tshark shows message by message, and re-encode byte for byte.
 */
class LdpCaptureReplayTest {
    static final String PCAP = "/frr-reference/out/pcap/ldp-session.pcap";
    static final LdpId PE = LdpId.of("9.9.9.9");
    static final LdpId P = LdpId.of("1.1.1.1");

    static CaptureStreams streams;
    /** Per stream key ("udp 10.1.1.2>224.0.0.2"), the decoded PDUs in order. */
    static Map<String, List<PduResult>> decoded = new LinkedHashMap<>();
    static Map<String, List<byte[]>> rawPdus = new LinkedHashMap<>();

    @BeforeAll
    static void decodeCapture() throws IOException {
        streams = CaptureStreams.of(Pcap.resource(PCAP));
        for (CaptureStreams.Datagram d : streams.datagrams()) {
            String key = "udp " + d.src() + ">" + d.dst();
            rawPdus.computeIfAbsent(key, k -> new ArrayList<>()).add(d.payload());
            decoded.computeIfAbsent(key, k -> new ArrayList<>()).add(PduDecoder.decode(d.payload()));
        }
        for (var e : streams.tcp().entrySet()) {
            String key = "tcp " + e.getKey();
            LdpId peer = e.getKey().startsWith("9.9.9.9") ? PE : P;
            PduStreamSplitter splitter = new PduStreamSplitter();
            PduStreamSplitter.Split split = splitter.feed(e.getValue());
            assertTrue(split.error().isEmpty(), key + ": " + split.error());
            assertEquals(0, splitter.buffered(), key + ": bytes left after the last PDU");
            rawPdus.put(key, split.pdus());
            List<PduResult> results = new ArrayList<>();
            for (byte[] pdu : split.pdus()) {
                results.add(PduDecoder.decode(pdu, PduLimits.session(peer, Pdu.DEFAULT_MAX_LENGTH)));
            }
            decoded.put(key, results);
        }
    }

    @Test
    void everyPduDecodesCleanly() {
        assertEquals(List.of("udp 10.1.1.254>224.0.0.2", "udp 10.1.1.2>224.0.0.2", "tcp 9.9.9.9>1.1.1.1",
                "tcp 1.1.1.1>9.9.9.9"), List.copyOf(decoded.keySet()));
        decoded.forEach((key, pdus) -> pdus.forEach(r -> assertTrue(r.clean(), key + ": " + r.errors())));
        assertEquals(40, decoded.get("udp 10.1.1.254>224.0.0.2").size());
        assertEquals(27, decoded.get("udp 10.1.1.2>224.0.0.2").size());
        // Init, KeepAlive, Address, mappings (one PDU), KeepAlive: as the frames show them.
        assertEquals(5, decoded.get("tcp 9.9.9.9>1.1.1.1").size());
        assertEquals(5, decoded.get("tcp 1.1.1.1>9.9.9.9").size());
    }

    @Test
    void reencodesEveryPduByteForByte() {
        decoded.forEach((key, pdus) -> {
            for (int i = 0; i < pdus.size(); i++) {
                Pdu pdu = pdus.get(i).pdu().orElseThrow();
                assertArrayEquals(rawPdus.get(key).get(i), pdu.toBytes(), key + " PDU " + i);
            }
        });
        streams.tcp().forEach((key, stream) -> {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            decoded.get("tcp " + key).forEach(r -> again.writeBytes(r.pdu().orElseThrow().toBytes()));
            assertArrayEquals(stream, again.toByteArray(), key);
        });
    }

    @Test
    void matchesWhatTsharkShows() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/frr-reference/out/pcap/ldp-session.tshark.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] w = line.split(" ", 3);
                    expected.computeIfAbsent(w[0] + " " + w[1], k -> new ArrayList<>()).add(line);
                }
            }
        }
        Map<String, List<String>> actual = new LinkedHashMap<>();
        decoded.forEach((key, pdus) -> {
            for (PduResult r : pdus) {
                for (Message m : r.messages()) {
                    actual.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(TsharkSummary.line(key, r.ldpId().orElseThrow(), m));
                }
            }
        });
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, lines) -> assertEquals(String.join("\n", lines), String.join("\n", actual.get(key)),
                key));
    }

    /** Checked by hand against tshark -V: frames 1 and 2. */
    @Test
    void hellosCarryTransportAddressHoldTimeAndGtsm() {
        PduResult first = decoded.get("udp 10.1.1.254>224.0.0.2").get(0);
        assertEquals(Optional.of(PE), first.ldpId());
        assertEquals(List.of(new HelloMessage(1, new CommonHelloParamsTlv(15, false, false, true),
                Optional.of(new Ipv4TransportAddressTlv(Inet.v4("9.9.9.9"))), Optional.empty(),
                Optional.of(new ConfigSequenceNumberTlv(7)), Optional.empty(), List.of())), first.messages());
        PduResult other = decoded.get("udp 10.1.1.2>224.0.0.2").get(0);
        assertEquals(Optional.of(P), other.ldpId());
        HelloMessage h = (HelloMessage) other.messages().get(0);
        assertEquals(Inet.v4("1.1.1.1"), h.ipv4Transport().orElseThrow().address());
    }

    /** Frames 40 and 42: the two Initialization messages, with the three capabilities FRR 8.4 announces. */
    @Test
    void initializationCarriesSessionParametersAndCapabilities() {
        assertEquals(List.of(new InitializationMessage(0x30,
                new CommonSessionParamsTlv(1, 180, false, false, 0, 0, P),
                Optional.of(new DynamicCapabilityAnnouncementTlv(true)),
                Optional.of(new TypedWildcardFecCapabilityTlv(true)),
                Optional.of(new UnrecognizedNotificationCapabilityTlv(true)), List.of())),
                decoded.get("tcp 9.9.9.9>1.1.1.1").get(0).messages());
        InitializationMessage back = (InitializationMessage) decoded.get("tcp 1.1.1.1>9.9.9.9").get(0).messages().get(0);
        assertEquals(0x0d, back.messageId());
        assertEquals(PE, back.sessionParams().receiver());
        assertEquals(4096, back.sessionParams().effectiveMaxPduLength());
        assertEquals(Optional.empty(), back.sessionParams().check(PE));
        assertEquals(StatusCode.SESSION_REJECTED_NO_HELLO, back.sessionParams().check(P).orElseThrow().status());
        assertEquals(List.of(new KeepAliveMessage(0x0e)), decoded.get("tcp 1.1.1.1>9.9.9.9").get(1).messages());
    }

    /** Frames 44 and 45. */
    @Test
    void addressMessagesListInterfaceAddresses() {
        assertEquals(List.of(new AddressMessage(0x32, new AddressListTlv(AddressFamily.IPV4,
                List.of(Inet.v4("10.1.1.254"), Inet.v4("10.1.2.254"), Inet.v4("9.9.9.9"))))),
                decoded.get("tcp 9.9.9.9>1.1.1.1").get(2).messages());
        assertEquals(List.of(new AddressMessage(0x0f, new AddressListTlv(AddressFamily.IPV4,
                List.of(Inet.v4("10.1.1.2"), Inet.v4("172.16.1.254"), Inet.v4("172.16.3.254"),
                        Inet.v4("1.1.1.1"))))),
                decoded.get("tcp 1.1.1.1>9.9.9.9").get(2).messages());
    }

    /** Frames 46 and 47: each side's bindings, implicit null (3) for its own connected prefixes and loopback. */
    @Test
    void labelMappingsBindPrefixesToLabels() {
        assertEquals(Map.of("1.1.1.1/32", 17, "2.2.2.2/32", 16, "9.9.9.9/32", 3, "10.1.1.0/24", 3, "10.1.2.0/24", 3),
                bindings("tcp 9.9.9.9>1.1.1.1"));
        assertEquals(Map.of("1.1.1.1/32", 3, "2.2.2.2/32", 16, "9.9.9.9/32", 17, "10.1.1.0/24", 3,
                "10.1.2.0/24", 18, "172.16.1.0/24", 3, "172.16.3.0/24", 3), bindings("tcp 1.1.1.1>9.9.9.9"));
        LabelMappingMessage first = (LabelMappingMessage) decoded.get("tcp 9.9.9.9>1.1.1.1").get(3).messages().get(0);
        assertEquals(0x33, first.messageId());
        assertEquals(List.of(PrefixFec.of("1.1.1.1/32")), first.fec().elements());
    }

    private static Map<String, Integer> bindings(String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PduResult r : decoded.get(key)) {
            for (Message m : r.messages()) {
                if (m instanceof LabelMappingMessage lm) {
                    lm.fec().elements().forEach(e -> out.put(e.toString(), lm.label().label()));
                }
            }
        }
        return out;
    }
}
