package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.lib.net.IpAddresses;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What recvmsg() gives, turned into datagrams without a kernel: byte layouts, and null for anything unusable. */
class ReceivedPacketTest {
    /** An OSPFv2 Hello as FRR sends it: IP header (TOS 0xc0, TTL 1, proto 89) 10.0.1.1 -> 224.0.0.5, then 44 bytes. */
    private static final byte[] FRR_HELLO = HexFormat.of().parseHex(
            "45c00040" + "a1b20000" + "0159" + "0000" + "0a000101" + "e0000005"
            + "0201002c" + "01010101" + "00000000" + "f3d50000" + "0000000000000000"
            + "ffffff00" + "000a0201" + "00000028" + "00000000" + "00000000");

    private static MemorySegment control(int level, int type, byte[] data) {
        MemorySegment c = MemorySegment.ofArray(new byte[RawNative.cmsgAlign(RawNative.CMSG_HEADER + data.length)]);
        ControlMessages.writeHeader(c, level, type, data.length);
        MemorySegment.copy(MemorySegment.ofArray(data), 0, c, RawNative.CMSG_HEADER, data.length);
        return c;
    }

    private static MemorySegment pktinfo(int ifindex) {
        byte[] info = new byte[RawNative.IN_PKTINFO_SIZE];
        MemorySegment.ofArray(info).set(JAVA_INT_UNALIGNED, 0, ifindex);
        return control(RawNative.SOL_IP, RawNative.IP_PKTINFO, info);
    }

    private static Datagram v4(byte[] packet, MemorySegment control) {
        return ReceivedPacket.ipv4(MemorySegment.ofArray(packet), packet.length, control, control.byteSize());
    }

    @Test
    void ipv4HeaderGivesAddressesAndIsStripped() {
        Datagram d = v4(FRR_HELLO, pktinfo(7));
        assertNotNull(d);
        assertEquals(7, d.ifindex());
        assertEquals("10.0.1.1", IpAddresses.format(d.source()));
        assertEquals("224.0.0.5", IpAddresses.format(d.destination()));
        assertArrayEquals(Arrays.copyOfRange(FRR_HELLO, 20, 64), d.payload());
    }

    @Test
    void ipv4OptionsAreSkippedAndPaddingBeyondTotalLengthIsCut() {
        byte[] withOption = new byte[24 + 4 + 3];
        System.arraycopy(FRR_HELLO, 0, withOption, 0, 20);
        withOption[0] = 0x46;                                   // IHL 6: one option word
        withOption[2] = 0;
        withOption[3] = 28;                                     // total length 28: 3 bytes of padding follow
        withOption[20] = (byte) 0x94;                           // Router Alert option
        withOption[21] = 4;
        byte[] payload = {1, 2, 3, 4};
        System.arraycopy(payload, 0, withOption, 24, 4);
        Datagram d = v4(withOption, pktinfo(3));
        assertNotNull(d);
        assertArrayEquals(payload, d.payload());
    }

    @Test
    void ipv4PicksPktinfoAmongOtherControlMessages() {
        MemorySegment ttl = control(RawNative.SOL_IP, RawNative.IP_TTL, new byte[] {1, 0, 0, 0});
        MemorySegment info = pktinfo(12);
        MemorySegment both = MemorySegment.ofArray(new byte[(int) (ttl.byteSize() + info.byteSize())]);
        MemorySegment.copy(ttl, 0, both, 0, ttl.byteSize());
        MemorySegment.copy(info, 0, both, ttl.byteSize(), info.byteSize());
        assertEquals(12, v4(FRR_HELLO, both).ifindex());
    }

    @Test
    void unusableIpv4IsNullNotAnException() {
        MemorySegment info = pktinfo(1);
        assertNull(v4(Arrays.copyOf(FRR_HELLO, 19), info), "shorter than a header");
        byte[] v6 = FRR_HELLO.clone();
        v6[0] = 0x65;
        assertNull(v4(v6, info), "version 6");
        byte[] shortIhl = FRR_HELLO.clone();
        shortIhl[0] = 0x44;
        assertNull(v4(shortIhl, info), "IHL 4");
        byte[] longIhl = Arrays.copyOf(FRR_HELLO, 40);
        longIhl[0] = 0x4f;
        assertNull(v4(longIhl, info), "IHL beyond the data");
        assertNull(v4(FRR_HELLO, MemorySegment.ofArray(new byte[0])), "no IP_PKTINFO");
        assertNull(v4(FRR_HELLO, control(RawNative.SOL_IP, RawNative.IP_PKTINFO, new byte[8])), "short pktinfo");
        MemorySegment badLength = pktinfo(1);
        badLength.set(JAVA_LONG_UNALIGNED, 0, 4096);
        assertNull(v4(FRR_HELLO, badLength), "cmsg_len beyond the control buffer");
        badLength.set(JAVA_LONG_UNALIGNED, 0, 3);
        assertNull(v4(FRR_HELLO, badLength), "cmsg_len below its header");
    }

    private static MemorySegment sockaddrIn6(String address, int family) {
        MemorySegment s = MemorySegment.ofArray(new byte[RawNative.SOCKADDR_IN6_SIZE]);
        s.set(JAVA_SHORT_UNALIGNED, 0, (short) family);
        MemorySegment.copy(MemorySegment.ofArray(IpAddresses.parse(address)), 0, s, RawNative.SIN6_ADDR, 16);
        return s;
    }

    private static MemorySegment pktinfo6(String destination, int ifindex) {
        byte[] info = new byte[RawNative.IN6_PKTINFO_SIZE];
        System.arraycopy(IpAddresses.parse(destination), 0, info, 0, 16);
        MemorySegment.ofArray(info).set(JAVA_INT_UNALIGNED, 16, ifindex);
        return control(RawNative.SOL_IPV6, RawNative.IPV6_PKTINFO, info);
    }

    @Test
    void ipv6SourceFromNameDestinationAndIfindexFromPktinfo() {
        byte[] payload = {3, 1, 0, 4};
        MemorySegment name = sockaddrIn6("fe80::a:1", RawNative.AF_INET6);
        MemorySegment control = pktinfo6("ff02::5", 9);
        Datagram d = ReceivedPacket.ipv6(MemorySegment.ofArray(payload), 4, name, RawNative.SOCKADDR_IN6_SIZE,
                control, control.byteSize());
        assertEquals(new Datagram(9, IpAddresses.parse("fe80::a:1"), IpAddresses.parse("ff02::5"), payload), d);
    }

    @Test
    void unusableIpv6IsNull() {
        MemorySegment data = MemorySegment.ofArray(new byte[4]);
        MemorySegment good = sockaddrIn6("fe80::1", RawNative.AF_INET6);
        MemorySegment control = pktinfo6("ff02::5", 9);
        long cl = control.byteSize();
        assertNull(ReceivedPacket.ipv6(data, 4, sockaddrIn6("fe80::1", RawNative.AF_INET), 28, control, cl));
        assertNull(ReceivedPacket.ipv6(data, 4, good, 16, control, cl), "name too short for an address");
        assertNull(ReceivedPacket.ipv6(data, 4, good, 28, control, 0), "no IPV6_PKTINFO");
        assertNull(ReceivedPacket.ipv6(data, 5, good, 28, control, cl), "length beyond the buffer");
    }

    @Test
    void datagramEqualityIsByContent() {
        Datagram x = new Datagram(1, new byte[] {10, 0, 0, 1}, new byte[] {(byte) 224, 0, 0, 5}, new byte[] {1});
        Datagram y = new Datagram(1, new byte[] {10, 0, 0, 1}, new byte[] {(byte) 224, 0, 0, 5}, new byte[] {1});
        assertEquals(x, y);
        assertEquals(x.hashCode(), y.hashCode());
        assertEquals("Datagram[10.0.0.1 -> 224.0.0.5 ifindex 1, 1 bytes]", x.toString());
    }
}
