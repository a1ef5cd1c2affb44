package dev.ferry.ldpd.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ferry.lib.pcap.Pcap;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.MessageDecoder;
import dev.ferry.ldpd.packet.message.MessageOutcome;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.pdu.PduStreamSplitter;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvDecoder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing with a fixed seed, from every fixture and every PDU of FRR's capture: no input makes a decoder
 * throw; whatever decodes cleanly re-encodes to something that decodes to the same value; truncations and header
 * corruptions get the status the RFC gives them. Bounded in time.
 */
class CodecFuzzTest {
    static final long SEED = 0x1d9_5036L;
    static final int MUTATIONS = 400;
    static final Duration BUDGET = Duration.ofSeconds(60);

    static List<byte[]> pdus = new ArrayList<>();
    static List<byte[]> messages = new ArrayList<>();
    static List<byte[]> tlvs = new ArrayList<>();

    @BeforeAll
    static void seeds() throws IOException {
        Fixtures.MESSAGES.forEach(c -> {
            messages.add(Fixtures.hex(c.hex()));
            pdus.add(Fixtures.pdu(c.hex()));
        });
        Fixtures.TLVS.forEach(c -> tlvs.add(Fixtures.hex(c.hex())));
        CaptureStreams s = CaptureStreams.of(Pcap.resource(LdpCaptureReplayTest.PCAP));
        s.datagrams().stream().limit(2).forEach(d -> pdus.add(d.payload()));
        s.tcp().values().forEach(stream -> pdus.addAll(new PduStreamSplitter().feed(stream).pdus()));
    }

    @Test
    void mutatedPdusNeverThrowAndReencodeStably() {
        assertTimeoutPreemptively(BUDGET, () -> fuzz(pdus, bytes -> {
            PduResult r = PduDecoder.decode(bytes);
            assertFalse(r.outcomes().isEmpty());
            List<MessageOutcome> o = r.outcomes();
            for (int i = 0; i < o.size() - 1; i++) {
                assertFalse(o.get(i) instanceof MessageOutcome.Rejected(LdpError e) && e.fatal(),
                        "a fatal error ends the PDU");
            }
            if (r.clean()) {
                Pdu pdu = r.pdu().orElseThrow();
                PduResult again = PduDecoder.decode(pdu.toBytes());
                assertEquals(r, again);
                assertArrayEquals(pdu.toBytes(), again.pdu().orElseThrow().toBytes());
            }
            return null;
        }));
    }

    @Test
    void mutatedMessagesNeverThrowAndReencodeStably() {
        assertTimeoutPreemptively(BUDGET, () -> fuzz(messages, bytes -> {
            DecodeResult<Message> r = MessageDecoder.decode(bytes);
            if (r.ok()) {
                assertEquals(r.value(), MessageDecoder.decode(r.value().toBytes()).value());
            }
            return null;
        }));
    }

    @Test
    void mutatedTlvsNeverThrowAndReencodeStably() {
        assertTimeoutPreemptively(BUDGET, () -> fuzz(tlvs, bytes -> {
            DecodeResult<Tlv> r = TlvDecoder.decode(bytes);
            if (r.ok()) {
                WireWriter w = new WireWriter();
                r.value().encode(w);
                assertEquals(r.value(), TlvDecoder.decode(w.toByteArray()).value());
            }
            return null;
        }));
    }

    @Test
    void truncationsGetTheLengthStatusOfTheirLevel() {
        for (byte[] pdu : pdus) {
            for (int n = 0; n < pdu.length; n++) {
                PduResult r = PduDecoder.decode(Arrays.copyOf(pdu, n));
                assertEquals(StatusCode.BAD_PDU_LENGTH, r.fatalError().orElseThrow().status(), hex(pdu) + " cut at " + n);
            }
        }
        for (byte[] m : messages) {
            for (int n = 0; n < m.length; n++) {
                assertEquals(StatusCode.BAD_MESSAGE_LENGTH,
                        MessageDecoder.decode(Arrays.copyOf(m, n)).error().status(), hex(m) + " cut at " + n);
            }
        }
        for (byte[] t : tlvs) {
            for (int n = 0; n < t.length; n++) {
                assertEquals(StatusCode.BAD_TLV_LENGTH, TlvDecoder.decode(Arrays.copyOf(t, n)).error().status(),
                        hex(t) + " cut at " + n);
            }
        }
    }

    @Test
    void corruptedPduHeadersGetTheirStatus() {
        Random rnd = new Random(SEED);
        for (byte[] pdu : pdus) {
            for (int i = 0; i < 50; i++) {
                byte[] v = pdu.clone();
                int version = 2 + rnd.nextInt(0xfffe);
                v[0] = (byte) (version >> 8);
                v[1] = (byte) version;
                assertEquals(StatusCode.BAD_PROTOCOL_VERSION, PduDecoder.decode(v).fatalError().orElseThrow().status());
                byte[] l = pdu.clone();
                int length = rnd.nextInt(0x10000);
                if (length == pdu.length - Pdu.LENGTH_PREFIX) {
                    continue;
                }
                l[2] = (byte) (length >> 8);
                l[3] = (byte) length;
                assertEquals(StatusCode.BAD_PDU_LENGTH, PduDecoder.decode(l).fatalError().orElseThrow().status());
            }
        }
    }

    @Test
    void splitterFindsTheSamePdusWhateverTheSegmentation() throws IOException {
        Random rnd = new Random(SEED);
        CaptureStreams s = CaptureStreams.of(Pcap.resource(LdpCaptureReplayTest.PCAP));
        for (byte[] stream : s.tcp().values()) {
            List<byte[]> whole = new PduStreamSplitter().feed(stream).pdus();
            for (int round = 0; round < 200; round++) {
                PduStreamSplitter splitter = new PduStreamSplitter();
                List<byte[]> got = new ArrayList<>();
                int at = 0;
                while (at < stream.length) {
                    int n = Math.min(stream.length - at, rnd.nextInt(40));
                    PduStreamSplitter.Split split = splitter.feed(stream, at, n);
                    assertTrue(split.error().isEmpty());
                    got.addAll(split.pdus());
                    at += n;
                }
                assertEquals(whole.size(), got.size());
                for (int i = 0; i < whole.size(); i++) {
                    assertArrayEquals(whole.get(i), got.get(i));
                }
            }
        }
    }

    @Test
    void splitterErrorsAreStickyAndNeverThrow() {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            PduStreamSplitter splitter = new PduStreamSplitter();
            byte[] junk = new byte[rnd.nextInt(64)];
            rnd.nextBytes(junk);
            PduStreamSplitter.Split split = splitter.feed(junk);
            split.pdus().forEach(PduDecoder::decode);
            if (split.error().isPresent()) {
                StatusCode st = split.error().get().status();
                assertTrue(st == StatusCode.BAD_PROTOCOL_VERSION || st == StatusCode.BAD_PDU_LENGTH);
                assertEquals(split.error(), splitter.feed(Fixtures.pdu("0201 0004 00000001")).error());
            }
        }
    }

    /** Runs {@code check} on MUTATIONS mutants of each seed; any exception fails with the input that caused it. */
    private static void fuzz(List<byte[]> seeds, Function<byte[], Void> check) {
        Random rnd = new Random(SEED);
        int runs = 0;
        for (byte[] seed : seeds) {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] input = mutate(seed, rnd);
                try {
                    check.apply(input);
                } catch (AssertionError | RuntimeException e) {
                    fail("input " + hex(input) + " (from " + hex(seed) + "): " + e, e);
                }
                runs++;
            }
        }
        assertTrue(runs >= 1000, "ran " + runs);
    }

    private static byte[] mutate(byte[] seed, Random rnd) {
        byte[] b = seed.clone();
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 -> {
                    byte[] extra = new byte[1 + rnd.nextInt(8)];
                    rnd.nextBytes(extra);
                    byte[] out = new byte[b.length + extra.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(extra, 0, out, at, extra.length);
                    System.arraycopy(b, at, out, at + extra.length, b.length - at);
                    b = out;
                }
                case 4 -> {
                    // a 16-bit length or type field nudged: the likeliest way real bugs hide
                    if (at + 1 < b.length) {
                        int v = (((b[at] & 0xff) << 8) | (b[at + 1] & 0xff)) + rnd.nextInt(9) - 4;
                        b[at] = (byte) (v >> 8);
                        b[at + 1] = (byte) v;
                    }
                }
                default -> b[at] = (byte) (rnd.nextBoolean() ? 0 : 0xff);
            }
        }
        return b;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
