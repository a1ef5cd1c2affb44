package dev.ferry.lib.rawsock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.netlink.NetworkNamespace;
import dev.ferry.lib.netlink.TestNamespace;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Raw OSPF sockets against the real kernel (skipped unless root): routers A and B in two throwaway
 * namespaces joined by two veth pairs, a1-b1 (10.250.1.0/24, fd99:250::/64, fe80::a:1 / fe80::b:1) and
 * a2-b2 (10.250.2.0/24, fe80::a:2 / fe80::b:2). Two links between the same routers show that a send
 * leaves by the interface asked for and that the receiver learns which one it came in on.
 *
 * <p>Negative checks (a group not joined, our own multicast, another device) never wait for a timeout
 * to pass: after the packet that must not arrive, a marker packet is sent on the same path, and the
 * first thing received must be the marker.
 */
class RawIpSocketTest {
    private static final int OSPF = 89;
    private static final byte[] ALL_SPF = IpAddresses.parse("224.0.0.5");
    private static final byte[] ALL_DR = IpAddresses.parse("224.0.0.6");
    private static final byte[] ALL_SPF6 = IpAddresses.parse("ff02::5");
    private static final byte[] ALL_DR6 = IpAddresses.parse("ff02::6");
    private static final int WAIT_MILLIS = 5000;

    private static TestNamespace a;
    private static TestNamespace b;
    private static int a1;
    private static int a2;
    private static int b1;
    private static int b2;

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(TestNamespace.available(), "needs root and iproute2");
        a = TestNamespace.create("ferry-rawA");
        try {
            b = TestNamespace.create("ferry-rawB");
        } catch (IOException e) {
            a.close();
            a = null;
            throw e;
        }
        link("a1", "b1", 1);
        link("a2", "b2", 2);
        a.ip("addr", "add", "fd99:250::1/64", "dev", "a1", "nodad");
        b.ip("addr", "add", "fd99:250::2/64", "dev", "b1", "nodad");
        a1 = ifindex(a, "a1");
        a2 = ifindex(a, "a2");
        b1 = ifindex(b, "b1");
        b2 = ifindex(b, "b2");
        awaitNoTentative(a);
        awaitNoTentative(b);
    }

    /** A veth pair aN (in A) - bN (in B) with 10.250.N.1/24 and .2/24 and only the link-locals given here. */
    private static void link(String inA, String inB, int n) throws IOException {
        a.ip("link", "add", inA, "type", "veth", "peer", "name", inB, "netns", b.name());
        a.ip("link", "set", inA, "addrgenmode", "none");
        b.ip("link", "set", inB, "addrgenmode", "none");
        a.ip("addr", "add", "10.250." + n + ".1/24", "dev", inA);
        b.ip("addr", "add", "10.250." + n + ".2/24", "dev", inB);
        a.ip("addr", "add", "fe80::a:" + n + "/64", "dev", inA, "nodad");
        b.ip("addr", "add", "fe80::b:" + n + "/64", "dev", inB, "nodad");
        a.ip("link", "set", inA, "up");
        b.ip("link", "set", inB, "up");
    }

    private static int ifindex(TestNamespace ns, String name) throws IOException {
        String out = ns.ip("-o", "link", "show", "dev", name);
        return Integer.parseInt(out.substring(0, out.indexOf(':')).trim());
    }

    /** Even nodad addresses are tentative until their link is up: wait (with a deadline) until none is. */
    private static void awaitNoTentative(TestNamespace ns) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String out;
        while ((out = ns.ip("-6", "addr", "show")).contains("tentative")) {
            assertTrue(System.nanoTime() < deadline, "addresses still tentative in " + ns.name() + ":\n" + out);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    @AfterAll
    static void tearDown() throws IOException {
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }

    private static RawIpSocket v4(TestNamespace ns) throws IOException {
        return NetworkNamespace.call(ns.name(), () -> RawIpSocket.openV4(OSPF));
    }

    private static RawIpSocket v6(TestNamespace ns, int checksumOffset) throws IOException {
        return NetworkNamespace.call(ns.name(), () -> RawIpSocket.openV6(OSPF, checksumOffset));
    }

    private static Datagram next(RawIpSocket s) throws IOException {
        Datagram d = s.receive(WAIT_MILLIS);
        assertNotNull(d, "nothing received within " + WAIT_MILLIS + " ms");
        return d;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertDatagram(Datagram d, int ifindex, String source, byte[] destination, byte[] payload) {
        assertEquals(ifindex, d.ifindex(), "ifindex of " + d);
        assertEquals(source, IpAddresses.format(d.source()), "source of " + d);
        assertEquals(IpAddresses.format(destination), IpAddresses.format(d.destination()), "destination of " + d);
        assertArrayEquals(payload, d.payload(), "payload of " + d);
    }

    @Test
    void ipv4MulticastLeavesByTheAskedInterfaceAndArrivesWithItsIfindex() throws IOException {
        try (RawIpSocket sa = v4(a); RawIpSocket sb = v4(b)) {
            sb.join(b1, ALL_SPF);
            sb.join(b2, ALL_SPF);
            sb.join(b1, ALL_SPF);   // joining again is harmless
            byte[] hello = bytes("\2\1\0\54hello-on-a1-with-source");
            sa.send(a1, IpAddresses.parse("10.250.1.1"), ALL_SPF, hello);
            assertDatagram(next(sb), b1, "10.250.1.1", ALL_SPF, hello);
            byte[] other = bytes("\2\1\0\54hello-on-a2-kernel-source");
            sa.send(a2, null, ALL_SPF, other);
            assertDatagram(next(sb), b2, "10.250.2.1", ALL_SPF, other);
            assertEquals(0, sb.dropped());
        }
    }

    @Test
    void ipv4GroupNotJoinedIsNotReceived() throws IOException {
        try (RawIpSocket sa = v4(a); RawIpSocket sb = v4(b); RawIpSocket other = v4(b)) {
            sb.join(b1, ALL_SPF);
            other.join(b2, ALL_SPF);   // b2 now accepts the group, but sb did not join it there
            sa.send(a1, null, ALL_DR, bytes("to-all-dr"));
            sa.send(a2, null, ALL_SPF, bytes("all-spf-on-a2-not-joined-there"));
            byte[] marker = bytes("marker");
            sa.send(a1, null, ALL_SPF, marker);
            assertDatagram(next(sb), b1, "10.250.1.1", ALL_SPF, marker);
            assertEquals(b2, next(other).ifindex());
            sb.join(b1, ALL_DR);
            byte[] dr = bytes("to-all-dr-joined");
            sa.send(a1, null, ALL_DR, dr);
            assertDatagram(next(sb), b1, "10.250.1.1", ALL_DR, dr);
            sb.leave(b1, ALL_DR);
            sb.leave(b1, ALL_DR);   // leaving again is harmless
            sa.send(a1, null, ALL_DR, dr);
            sa.send(a1, null, ALL_SPF, marker);
            assertDatagram(next(sb), b1, "10.250.1.1", ALL_SPF, marker);
        }
    }

    @Test
    void ipv4UnicastAndNoLoopbackOfOwnMulticast() throws IOException {
        try (RawIpSocket sa = v4(a); RawIpSocket sb = v4(b)) {
            sa.join(a1, ALL_SPF);
            sa.send(a1, null, ALL_SPF, bytes("own-hello"));
            byte[] unicast = bytes("ls-update-unicast");
            sb.send(b1, null, IpAddresses.parse("10.250.1.1"), unicast);
            assertDatagram(next(sa), a1, "10.250.1.2", IpAddresses.parse("10.250.1.1"), unicast);
            byte[] back = bytes("ls-ack-unicast");
            sa.send(a1, IpAddresses.parse("10.250.1.1"), IpAddresses.parse("10.250.1.2"), back);
            assertDatagram(next(sb), b1, "10.250.1.1", IpAddresses.parse("10.250.1.2"), back);
        }
    }

    @Test
    void ipv4OptionsAreThoseOfFrr() throws IOException {
        try (RawIpSocket s = v4(a)) {
            assertEquals(0xC0, s.intOption(RawNative.SOL_IP, RawNative.IP_TOS));
            assertEquals(1, s.intOption(RawNative.SOL_IP, RawNative.IP_TTL));
            assertEquals(1, s.intOption(RawNative.SOL_IP, RawNative.IP_MULTICAST_TTL));
            assertEquals(0, s.intOption(RawNative.SOL_IP, RawNative.IP_MULTICAST_LOOP));
            assertEquals(1, s.intOption(RawNative.SOL_IP, RawNative.IP_PKTINFO));
            assertEquals(0, s.intOption(RawNative.SOL_IP, RawNative.IP_MULTICAST_ALL));
            assertTrue(s.intOption(RawNative.SOL_SOCKET, RawNative.SO_RCVBUF) >= 8 << 20);
            assertTrue(s.intOption(RawNative.SOL_SOCKET, RawNative.SO_SNDBUF) >= 8 << 20);
            s.setUnicastHops(100);
            assertEquals(100, s.intOption(RawNative.SOL_IP, RawNative.IP_TTL));
            assertFalse(s.isIpv6());
            assertEquals(OSPF, s.protocol());
        }
    }

    @Test
    void bindToDeviceRestrictsTheSocketAndEmptyNameUnbinds() throws IOException {
        try (RawIpSocket sa = v4(a); RawIpSocket sb = v4(b)) {
            sb.join(b1, ALL_SPF);
            sb.join(b2, ALL_SPF);
            sb.bindToDevice("b1");
            sa.send(a2, null, ALL_SPF, bytes("on-a2-while-bound-to-b1"));
            byte[] marker = bytes("marker-a1");
            sa.send(a1, null, ALL_SPF, marker);
            assertDatagram(next(sb), b1, "10.250.1.1", ALL_SPF, marker);
            sb.bindToDevice("");
            byte[] free = bytes("on-a2-unbound");
            sa.send(a2, null, ALL_SPF, free);
            assertDatagram(next(sb), b2, "10.250.2.1", ALL_SPF, free);
            RawSocketException e = assertThrows(RawSocketException.class, () -> sb.bindToDevice("nosuchdev0"));
            assertEquals(19, e.errno());
            assertEquals("setsockopt(SO_BINDTODEVICE, \"nosuchdev0\"): ENODEV (19)", e.getMessage());
        }
    }

    @Test
    void errorsNameTheCallAndErrno() throws IOException {
        try (RawIpSocket s = v4(b)) {
            RawSocketException e = assertThrows(RawSocketException.class, () -> s.join(9999, ALL_SPF));
            assertEquals("setsockopt(IP_ADD_MEMBERSHIP, 224.0.0.5, ifindex 9999): ENODEV (19)", e.getMessage());
            assertEquals(19, e.errno());
            // with an interface the kernel takes any destination as on-link; without one it needs a route
            RawSocketException send = assertThrows(RawSocketException.class,
                    () -> s.send(0, null, IpAddresses.parse("10.99.0.1"), bytes("nowhere")));
            assertEquals("sendmsg(to 10.99.0.1, ifindex 0): ENETUNREACH (101)", send.getMessage());
            assertEquals(101, send.errno());
            assertThrows(IllegalArgumentException.class, () -> s.join(b1, ALL_SPF6));
        }
    }

    @Test
    void ipv6MulticastFromLinkLocalWithKernelChecksum() throws IOException {
        try (RawIpSocket sa = v6(a, 12); RawIpSocket sb = v6(b, 12)) {
            sb.join(b1, ALL_SPF6);
            sb.join(b2, ALL_SPF6);
            byte[] hello = ospf3Hello();
            sa.send(a1, IpAddresses.parse("fe80::a:1"), ALL_SPF6, hello);
            Datagram d = next(sb);
            assertEquals(b1, d.ifindex());
            assertEquals("fe80::a:1", IpAddresses.format(d.source()));
            assertEquals("ff02::5", IpAddresses.format(d.destination()));
            assertEquals(hello.length, d.payload().length);
            assertChecksumFilled(hello, d);

            sa.send(a2, null, ALL_SPF6, hello);   // the kernel picks a2's link-local address
            Datagram d2 = next(sb);
            assertEquals(b2, d2.ifindex());
            assertEquals("fe80::a:2", IpAddresses.format(d2.source()));
            assertChecksumFilled(hello, d2);
        }
    }

    @Test
    void ipv6GroupNotJoinedBadChecksumAndOwnMulticastAreNotReceived() throws IOException {
        try (RawIpSocket sa = v6(a, 12); RawIpSocket noChecksum = v6(a, -1); RawIpSocket sb = v6(b, 12)) {
            sa.join(a1, ALL_SPF6);
            sb.join(b1, ALL_SPF6);
            sa.send(a1, null, ALL_DR6, ospf3Hello());
            noChecksum.send(a1, null, ALL_SPF6, ospf3Hello());   // checksum left 0: B's kernel drops it
            byte[] marker = ospf3Hello();
            marker[20] = 42;
            sa.send(a1, null, ALL_SPF6, marker);
            Datagram d = next(sb);
            assertEquals(42, d.payload()[20], "the first datagram B reads is the marker: " + d);
            assertChecksumFilled(marker, d);
            byte[] unicast = bytes("ospf3-unicast-payload");
            sb.send(b1, IpAddresses.parse("fd99:250::2"), IpAddresses.parse("fd99:250::1"), unicast);
            Datagram u = next(sa);   // not A's own multicast: loopback is off
            assertEquals(a1, u.ifindex());
            assertEquals("fd99:250::2", IpAddresses.format(u.source()));
            assertEquals("fd99:250::1", IpAddresses.format(u.destination()));
            assertChecksumFilled(unicast, u);
        }
    }

    @Test
    void ipv6OptionsAreThoseOfFrr() throws IOException {
        try (RawIpSocket s = v6(a, 12); RawIpSocket off = v6(a, -1)) {
            assertTrue(s.isIpv6());
            assertEquals(12, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_CHECKSUM));
            assertEquals(-1, off.intOption(RawNative.SOL_IPV6, RawNative.IPV6_CHECKSUM));
            assertEquals(0xC0, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_TCLASS));
            assertEquals(1, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_MULTICAST_HOPS));
            assertEquals(1, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_UNICAST_HOPS));
            assertEquals(0, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_MULTICAST_LOOP));
            assertEquals(1, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_RECVPKTINFO));
            s.setUnicastHops(64);
            assertEquals(64, s.intOption(RawNative.SOL_IPV6, RawNative.IPV6_UNICAST_HOPS));
            RawSocketException e = assertThrows(RawSocketException.class, () -> s.join(9999, ALL_SPF6));
            assertEquals("setsockopt(IPV6_JOIN_GROUP, ff02::5, ifindex 9999): ENODEV (19)", e.getMessage());
        }
    }

    @Test
    void receiveTimesOutWithNull() throws IOException {
        try (RawIpSocket s = v4(b)) {
            assertNull(s.receive(0));
            long start = System.nanoTime();
            assertNull(s.receive(150));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(ms >= 140 && ms < 3000, "receive(150) took " + ms + " ms");
        }
    }

    @Test
    void closeWakesABlockedReceiveAndIsIdempotent() throws Exception {
        RawIpSocket s = v4(b);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread receiver = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                outcome.complete(String.valueOf(s.receive(-1)));
            } catch (IOException | RuntimeException e) {
                outcome.complete(e);
            }
        });
        awaitInPoll(receiver);
        long start = System.nanoTime();
        s.close();
        assertEquals("null", outcome.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(ms < 2000, "a receive blocked for ever returned " + ms + " ms after close()");
        s.close();
        assertTrue(s.isClosed());
        assertThrows(ClosedChannelException.class, () -> s.receive(10));
        assertThrows(ClosedChannelException.class, () -> s.send(b1, null, ALL_SPF, new byte[1]));
        assertThrows(ClosedChannelException.class, () -> s.join(b1, ALL_SPF));
    }

    /** Waits (with a deadline) until {@code t} is inside poll(2), so that close() really interrupts a wait. */
    private static void awaitInPoll(Thread t) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!inPoll(t)) {
            assertTrue(System.nanoTime() < deadline, "receiver never reached poll()");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static boolean inPoll(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(DatagramReceiver.class.getName()) && e.getMethodName().equals("poll")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void readerPostsToTheExecutorAndStopsPromptly() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        BlockingQueue<Datagram> got = new LinkedBlockingQueue<>();
        BlockingQueue<String> onThread = new LinkedBlockingQueue<>();
        try (RawIpSocket sa = v4(a); RawIpSocket sb = v4(b)) {
            sb.join(b1, ALL_SPF);
            RawSocketReader reader = RawSocketReader.start("ospfd-rx", sb, loop, d -> {
                onThread.add(Thread.currentThread().getName());
                got.add(d);
            });
            try {
                byte[] hello = bytes("hello-through-reader");
                sa.send(a1, null, ALL_SPF, hello);
                Datagram d = got.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                assertNotNull(d);
                assertDatagram(d, b1, "10.250.1.1", ALL_SPF, hello);
                assertFalse(onThread.take().equals("ospfd-rx"), "consumer must run on the executor");
                assertEquals(1, reader.received());
                assertEquals(0, reader.failures());
            } finally {
                long start = System.nanoTime();
                reader.close();
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(ms < 2000, "reader.close() took " + ms + " ms");
                assertFalse(reader.isRunning());
            }
        } finally {
            loop.shutdownNow();
        }
    }

    @Test
    void readerEndsWhenItsSocketIsClosed() throws Exception {
        RawIpSocket s = v4(b);
        RawSocketReader reader = RawSocketReader.start("ospfd-rx-close", s, Runnable::run, d -> { });
        assertTrue(reader.isRunning());
        s.close();
        // an idle reader looks at its socket every POLL_MILLIS (only its own close() wakes it at once)
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RawSocketReader.POLL_MILLIS + 3000);
        while (reader.isRunning()) {
            assertTrue(System.nanoTime() < deadline, "reader still running after its socket closed");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertEquals(0, reader.failures());
        reader.close();
    }

    /** An OSPFv3 Hello (RFC 5340 A.3.2) with its checksum field (bytes 12-13) zero, for the kernel to fill. */
    private static byte[] ospf3Hello() {
        return new byte[] {
            3, 1, 0, 36, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 5, 1, 0, 0, 0x13, 0, 10, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    /**
     * The payload is the one sent with bytes 12-13 filled in, and the one's complement sum over the IPv6
     * pseudo-header (RFC 8200 8.1) and the payload checks: 0xffff.
     */
    private static void assertChecksumFilled(byte[] sent, Datagram d) {
        byte[] got = d.payload();
        byte[] expected = sent.clone();
        expected[12] = got[12];
        expected[13] = got[13];
        assertArrayEquals(expected, got, "payload apart from the checksum");
        assertTrue(got[12] != 0 || got[13] != 0, "checksum not filled");
        assertEquals(0xffff, pseudoHeaderSum(d.source(), d.destination(), got));
    }

    private static int pseudoHeaderSum(byte[] source, byte[] destination, byte[] payload) {
        long sum = 0;
        sum += words(source) + words(destination);
        sum += payload.length >>> 16;
        sum += payload.length & 0xffff;
        sum += OSPF;
        sum += words(payload);
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    private static long words(byte[] b) {
        long sum = 0;
        for (int i = 0; i < b.length; i += 2) {
            int hi = b[i] & 0xff;
            int lo = i + 1 < b.length ? b[i + 1] & 0xff : 0;
            sum += (hi << 8) | lo;
        }
        return sum;
    }
}
