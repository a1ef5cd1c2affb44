package dev.ferry.ldpd.packet;

import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.AddressWithdrawMessage;
import dev.ferry.ldpd.packet.message.CapabilityMessage;
import dev.ferry.ldpd.packet.message.HelloMessage;
import dev.ferry.ldpd.packet.message.InitializationMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.LabelAbortRequestMessage;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.LabelReleaseMessage;
import dev.ferry.ldpd.packet.message.LabelRequestMessage;
import dev.ferry.ldpd.packet.message.LabelWithdrawMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.message.UnknownMessage;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.CommonHelloParamsTlv;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.ConfigSequenceNumberTlv;
import dev.ferry.ldpd.packet.tlv.DualStackCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.DynamicCapabilityAnnouncementTlv;
import dev.ferry.ldpd.packet.tlv.ExtendedStatusTlv;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.HopCountTlv;
import dev.ferry.ldpd.packet.tlv.Ipv4TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.Ipv6TransportAddressTlv;
import dev.ferry.ldpd.packet.tlv.LabelRequestMessageIdTlv;
import dev.ferry.ldpd.packet.tlv.PathVectorTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import dev.ferry.ldpd.packet.tlv.ReturnedMessageTlv;
import dev.ferry.ldpd.packet.tlv.ReturnedPduTlv;
import dev.ferry.ldpd.packet.tlv.ReturnedTlvsTlv;
import dev.ferry.ldpd.packet.tlv.StatusTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFecCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import dev.ferry.ldpd.packet.tlv.UnrecognizedNotificationCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.WildcardFec;
import java.util.List;
import java.util.Optional;

/**
 * Byte fixtures, written by hand from the RFC diagrams (and for the capture's messages, copied from tshark's hex),
 * each paired with the value it decodes to. Shared by the fixture and fuzz tests.
 */
final class Fixtures {
    record TlvCase(String name, String hex, Tlv tlv) {
        @Override
        public String toString() {
            return name;
        }
    }

    record MessageCase(String name, String hex, Message message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    static final List<TlvCase> TLVS = List.of(
            new TlvCase("FEC prefix /32", "0100 0008 02 0001 20 01010101", FecTlv.of(PrefixFec.of("1.1.1.1/32"))),
            new TlvCase("FEC prefix /24", "0100 0007 02 0001 18 0a0101", FecTlv.of(PrefixFec.of("10.1.1.0/24"))),
            new TlvCase("FEC prefix /0", "0100 0004 02 0001 00", FecTlv.of(PrefixFec.of("0.0.0.0/0"))),
            new TlvCase("FEC IPv6 prefix", "0100 0008 02 0002 20 20010db8", FecTlv.of(PrefixFec.of("2001:db8::/32"))),
            new TlvCase("FEC two prefixes", "0100 000f 02 0001 20 01010101 02 0001 18 0a0101",
                    FecTlv.of(PrefixFec.of("1.1.1.1/32"), PrefixFec.of("10.1.1.0/24"))),
            new TlvCase("FEC wildcard", "0100 0001 01", FecTlv.of(new WildcardFec())),
            new TlvCase("FEC typed wildcard IPv4", "0100 0005 05 02 02 0001",
                    FecTlv.of(TypedWildcardFec.prefixes(AddressFamily.IPV4))),
            new TlvCase("FEC typed wildcard IPv6", "0100 0005 05 02 02 0002",
                    FecTlv.of(TypedWildcardFec.prefixes(AddressFamily.IPV6))),
            new TlvCase("Address List IPv4", "0101 000e 0001 0a0101fe 0a0102fe 09090909", new AddressListTlv(
                    AddressFamily.IPV4, List.of(Inet.v4("10.1.1.254"), Inet.v4("10.1.2.254"), Inet.v4("9.9.9.9")))),
            new TlvCase("Address List IPv6", "0101 0012 0002 fe800000000000000000000000000001",
                    new AddressListTlv(AddressFamily.IPV6, List.of(Inet.v6("fe80::1")))),
            new TlvCase("Address List empty", "0101 0002 0001", new AddressListTlv(AddressFamily.IPV4, List.of())),
            new TlvCase("Hop Count", "0103 0001 05", new HopCountTlv(5)),
            new TlvCase("Path Vector", "0104 0008 01010101 09090909",
                    new PathVectorTlv(List.of(Inet.v4("1.1.1.1"), Inet.v4("9.9.9.9")))),
            new TlvCase("Generic Label 17", "0200 0004 00000011", new GenericLabelTlv(17)),
            new TlvCase("Generic Label implicit null", "0200 0004 00000003", new GenericLabelTlv(3)),
            new TlvCase("Generic Label max", "0200 0004 000fffff", new GenericLabelTlv(0xfffff)),
            new TlvCase("Status End-of-LIB", "0300 000a 0000002f 00000000 0000", StatusTlv.of(StatusCode.END_OF_LIB, 0, 0)),
            new TlvCase("Status Shutdown", "0300 000a 8000000a 00000000 0000", StatusTlv.of(StatusCode.SHUTDOWN, 0, 0)),
            new TlvCase("Status Unknown TLV", "0300 000a 00000006 00000005 0400",
                    StatusTlv.of(StatusCode.UNKNOWN_TLV, 5, 0x400)),
            new TlvCase("Extended Status", "0301 0004 12345678", new ExtendedStatusTlv(0x12345678)),
            new TlvCase("Returned PDU", "0302 0003 aabbcc", new ReturnedPduTlv(Bytes.hex("aabbcc"))),
            new TlvCase("Returned Message", "0303 0002 0400", new ReturnedMessageTlv(Bytes.hex("0400"))),
            new TlvCase("Returned TLVs", "8304 0005 850b000180", new ReturnedTlvsTlv(Bytes.hex("850b000180"))),
            new TlvCase("Common Hello link GTSM", "0400 0004 000f 2000", new CommonHelloParamsTlv(15, false, false, true)),
            new TlvCase("Common Hello targeted", "0400 0004 002d c000", new CommonHelloParamsTlv(45, true, true, false)),
            new TlvCase("IPv4 Transport Address", "0401 0004 09090909", new Ipv4TransportAddressTlv(Inet.v4("9.9.9.9"))),
            new TlvCase("Configuration Sequence Number", "0402 0004 ffffffff", new ConfigSequenceNumberTlv(0xffffffffL)),
            new TlvCase("IPv6 Transport Address", "0403 0010 20010db8000000000000000000000001",
                    new Ipv6TransportAddressTlv(Inet.v6("2001:db8::1"))),
            new TlvCase("Common Session FRR", "0500 000e 0001 00b4 00 00 0000 01010101 0000",
                    new CommonSessionParamsTlv(1, 180, false, false, 0, 0, LdpId.of("1.1.1.1"))),
            new TlvCase("Common Session DoD loop detection", "0500 000e 0001 001e c0 0a 2000 09090909 0001",
                    new CommonSessionParamsTlv(1, 30, true, true, 10, 8192,
                            new LdpId(Inet.v4("9.9.9.9"), 1))),
            new TlvCase("Label Request Message ID", "0600 0004 00000010", new LabelRequestMessageIdTlv(0x10)),
            new TlvCase("Dual-Stack LDPoIPv4", "8701 0004 40000000", new DualStackCapabilityTlv(4)),
            new TlvCase("Dual-Stack LDPoIPv6", "8701 0004 60000000", new DualStackCapabilityTlv(6)),
            new TlvCase("Dynamic Capability Announcement", "8506 0001 80", new DynamicCapabilityAnnouncementTlv(true)),
            new TlvCase("Typed Wildcard FEC Capability withdrawn", "850b 0001 00",
                    new TypedWildcardFecCapabilityTlv(false)),
            new TlvCase("Unrecognized Notification Capability", "8603 0001 80",
                    new UnrecognizedNotificationCapabilityTlv(true)),
            new TlvCase("Unknown TLV U F", "c123 0002 abcd", new UnknownTlv(true, true, 0x0123, Bytes.hex("abcd"))),
            new TlvCase("Unknown TLV U", "8f00 0000", new UnknownTlv(true, false, 0x0f00, Bytes.EMPTY)));

    static final List<MessageCase> MESSAGES = List.of(
            new MessageCase("Notification End-of-LIB", "0001 001b 00000009 0300000a0000002f000000000000 010000050502020001",
                    NotificationMessage.endOfLib(9, TypedWildcardFec.prefixes(AddressFamily.IPV4))),
            new MessageCase("Notification full",
                    "0001 0034 0000000a 0300 000a 80000007 00000005 0400 0301 0004 00000001 0302 0003 aabbcc"
                            + " 0303 0002 0400 8304 0005 850b000180 c123 0000",
                    new NotificationMessage(10, StatusTlv.of(StatusCode.BAD_TLV_LENGTH, 5, 0x400),
                            Optional.of(new ExtendedStatusTlv(1)), Optional.of(new ReturnedPduTlv(Bytes.hex("aabbcc"))),
                            Optional.of(new ReturnedMessageTlv(Bytes.hex("0400"))), Optional.empty(),
                            Optional.of(new ReturnedTlvsTlv(Bytes.hex("850b000180"))),
                            List.of(new UnknownTlv(true, true, 0x123, Bytes.EMPTY)))),
            new MessageCase("Hello FRR", "0100 001c 00000001 0400 0004 000f 2000 0401 0004 09090909 0402 0004 00000007",
                    new HelloMessage(1, new CommonHelloParamsTlv(15, false, false, true),
                            Optional.of(new Ipv4TransportAddressTlv(Inet.v4("9.9.9.9"))), Optional.empty(),
                            Optional.of(new ConfigSequenceNumberTlv(7)), Optional.empty(), List.of())),
            new MessageCase("Hello dual-stack IPv6", "0100 0030 00000002 0400 0004 0000 0000"
                    + " 0403 0010 20010db8000000000000000000000001 0402 0004 00000001 8701 0004 60000000",
                    new HelloMessage(2, new CommonHelloParamsTlv(0, false, false, false), Optional.empty(),
                            Optional.of(new Ipv6TransportAddressTlv(Inet.v6("2001:db8::1"))),
                            Optional.of(new ConfigSequenceNumberTlv(1)), Optional.of(new DualStackCapabilityTlv(6)),
                            List.of())),
            new MessageCase("Initialization FRR", "0200 0025 00000030 0500 000e 0001 00b4 0000 0000 01010101 0000"
                    + " 8506 0001 80 850b 0001 80 8603 0001 80",
                    new InitializationMessage(0x30, new CommonSessionParamsTlv(1, 180, false, false, 0, 0,
                            LdpId.of("1.1.1.1")), Optional.of(new DynamicCapabilityAnnouncementTlv(true)),
                            Optional.of(new TypedWildcardFecCapabilityTlv(true)),
                            Optional.of(new UnrecognizedNotificationCapabilityTlv(true)), List.of())),
            new MessageCase("Initialization unknown capability", "0200 001b 00000031 0500 000e 0001 00b4 0000 0000"
                    + " 01010101 0000 0777 0001 80",
                    new InitializationMessage(0x31, new CommonSessionParamsTlv(1, 180, false, false, 0, 0,
                            LdpId.of("1.1.1.1")), Optional.empty(), Optional.empty(), Optional.empty(),
                            List.of(new UnknownTlv(false, false, 0x777, Bytes.hex("80"))))),
            new MessageCase("KeepAlive", "0201 0004 0000000e", new KeepAliveMessage(0x0e)),
            new MessageCase("Capability", "0202 000e 00000020 850b 0001 00 8603 0001 80",
                    new CapabilityMessage(0x20, List.of(new TypedWildcardFecCapabilityTlv(false),
                            new UnrecognizedNotificationCapabilityTlv(true)), List.of())),
            new MessageCase("Address", "0300 0016 00000032 0101 000e 0001 0a0101fe 0a0102fe 09090909",
                    new AddressMessage(0x32, new AddressListTlv(AddressFamily.IPV4,
                            List.of(Inet.v4("10.1.1.254"), Inet.v4("10.1.2.254"), Inet.v4("9.9.9.9"))))),
            new MessageCase("Address Withdraw", "0301 000e 00000040 0101 0006 0001 0a0101fe",
                    new AddressWithdrawMessage(0x40, new AddressListTlv(AddressFamily.IPV4,
                            List.of(Inet.v4("10.1.1.254"))))),
            new MessageCase("Label Mapping FRR", "0400 0018 00000033 0100 0008 02 0001 20 01010101 0200 0004 00000011",
                    new LabelMappingMessage(0x33, FecTlv.of(PrefixFec.of("1.1.1.1/32")), new GenericLabelTlv(17))),
            new MessageCase("Label Mapping all options", "0400 002d 00000034 0100 0008 02 0001 20 01010101"
                    + " 0200 0004 00000003 0600 0004 00000050 0103 0001 02 0104 0004 01010101",
                    new LabelMappingMessage(0x34, FecTlv.of(PrefixFec.of("1.1.1.1/32")), new GenericLabelTlv(3),
                            Optional.of(new LabelRequestMessageIdTlv(0x50)), Optional.of(new HopCountTlv(2)),
                            Optional.of(new PathVectorTlv(List.of(Inet.v4("1.1.1.1")))), List.of())),
            new MessageCase("Label Request typed wildcard", "0401 000d 00000050 0100 0005 05 02 02 0001",
                    new LabelRequestMessage(0x50, FecTlv.of(TypedWildcardFec.prefixes(AddressFamily.IPV4)))),
            new MessageCase("Label Withdraw wildcard", "0402 0011 00000051 0100 0001 01 0200 0004 00000011",
                    new LabelWithdrawMessage(0x51, FecTlv.of(new WildcardFec()), Optional.of(new GenericLabelTlv(17)))),
            new MessageCase("Label Release", "0403 0010 00000052 0100 0008 02 0001 20 01010101",
                    new LabelReleaseMessage(0x52, FecTlv.of(PrefixFec.of("1.1.1.1/32")), Optional.empty())),
            new MessageCase("Label Abort Request", "0404 0018 00000053 0100 0008 02 0001 20 01010101 0600 0004 00000050",
                    new LabelAbortRequestMessage(0x53, FecTlv.of(PrefixFec.of("1.1.1.1/32")),
                            new LabelRequestMessageIdTlv(0x50))),
            new MessageCase("Unknown message with U", "8f00 0006 00000054 abcd",
                    new UnknownMessage(true, 0x0f00, 0x54, Bytes.hex("abcd"))));

    static byte[] hex(String hex) {
        return Bytes.hex(hex).toArray();
    }

    /** A PDU from 1.1.1.1:0 around message bytes. */
    static byte[] pdu(String messagesHex) {
        byte[] body = hex(messagesHex);
        WireWriter w = new WireWriter().u16(1).u16(6 + body.length);
        LdpId.of("1.1.1.1").encode(w);
        return w.bytes(body).toByteArray();
    }
}
