package dev.ferry.ldpd.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.packet.message.InitializationMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.packet.message.UnknownMessage;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduLimits;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.tlv.TlvDecoder;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each malformation gets the status RFC 5036 (and FRR) answer it with, with the right E bit and attribution. */
class DecodeErrorsTest {
    static final String FEC = "0100 0008 02 0001 20 01010101";

    /** Message-level errors: the message hex inside a PDU from 1.1.1.1, the status, and whether it is fatal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown message type, U clear | 0f00 0004 00000001 | UNKNOWN_MESSAGE_TYPE
            message length below 4 | 0201 0003 00000001 | BAD_MESSAGE_LENGTH
            message length past the PDU | 0201 0010 00000001 | BAD_MESSAGE_LENGTH
            message header cut by the PDU end | 0201 0004 00000001 0201 | BAD_MESSAGE_LENGTH
            unknown TLV, U clear | 0201 0008 00000001 0999 0000 | UNKNOWN_TLV
            TLV known but not taken by the message, U clear | 0201 000c 00000001 0200 0004 00000011 | UNKNOWN_TLV
            TLV header cut by the message end | 0201 0006 00000001 0400 | BAD_TLV_LENGTH
            TLV length past the message | 0201 0008 00000001 0400 0004 | BAD_TLV_LENGTH
            Common Hello of 3 bytes | 0100 000b 00000001 0400 0003 000f 20 | BAD_TLV_LENGTH
            Hello without Common Hello | 0100 000c 00000001 0402 0004 00000007 | MISSING_MESSAGE_PARAMETERS
            Hello with dual-stack TR 5 | 0100 0014 00000001 0400 0004 000f 0000 8701 0004 50000000 | MALFORMED_TLV_VALUE
            Init without session parameters | 0200 0009 00000001 8506 0001 80 | MISSING_MESSAGE_PARAMETERS
            Init with session parameters of 13 bytes | 0200 0015 00000001 0500 000d 0001 00b4 0000 0000 01010101 00 | BAD_TLV_LENGTH
            Init with ATM session parameters | 0200 001a 00000001 0500 000e 0001 00b4 0000 0000 01010101 0000 0501 0000 | MALFORMED_TLV_VALUE
            capability TLV of 2 bytes | 0202 000a 00000001 850b 0002 8000 | BAD_TLV_LENGTH
            Address without Address List | 0300 0004 00000001 | MISSING_MESSAGE_PARAMETERS
            Address List family 3 | 0300 000e 00000001 0101 0006 0003 0a0101fe | UNSUPPORTED_ADDRESS_FAMILY
            Address List of 5 address bytes | 0300 000f 00000001 0101 0007 0001 0a0101fe 01 | BAD_TLV_LENGTH
            Address List without family | 0300 0009 00000001 0101 0001 00 | BAD_TLV_LENGTH
            Label Mapping without label | 0400 0010 00000001 0100 0008 02 0001 20 01010101 | MISSING_MESSAGE_PARAMETERS
            Label Mapping without FEC | 0400 000c 00000001 0200 0004 00000011 | MISSING_MESSAGE_PARAMETERS
            Label Mapping with reserved label 5 | 0400 0018 00000001 0100 0008 02 0001 20 01010101 0200 0004 00000005 | MALFORMED_TLV_VALUE
            Label Mapping with a 21-bit label | 0400 0018 00000001 0100 0008 02 0001 20 01010101 0200 0004 00100000 | MALFORMED_TLV_VALUE
            Label TLV of 3 bytes | 0400 0017 00000001 0100 0008 02 0001 20 01010101 0200 0003 000011 | BAD_TLV_LENGTH
            Label Mapping with the Wildcard | 0400 0011 00000001 0100 0001 01 0200 0004 00000011 | UNKNOWN_FEC
            Label Mapping with a Typed Wildcard | 0400 0015 00000001 0100 0005 05 02 02 0001 0200 0004 00000011 | UNKNOWN_FEC
            Label Request with the Wildcard | 0401 0009 00000001 0100 0001 01 | UNKNOWN_FEC
            FEC element type 0x80 | 0402 000c 00000001 0100 0004 80 000000 | UNKNOWN_FEC
            Typed Wildcard of element type 0x81 | 0402 000d 00000001 0100 0005 05 81 02 0005 | UNKNOWN_FEC
            Typed Wildcard prefix with 1 byte of info | 0402 000c 00000001 0100 0004 05 02 01 01 | BAD_TLV_LENGTH
            Typed Wildcard prefix family 3 | 0402 000d 00000001 0100 0005 05 02 02 0003 | UNSUPPORTED_ADDRESS_FAMILY
            prefix FEC family 3 | 0402 0010 00000001 0100 0008 02 0003 20 01010101 | UNSUPPORTED_ADDRESS_FAMILY
            prefix FEC /33 | 0402 0011 00000001 0100 0009 02 0001 21 0101010101 | MALFORMED_TLV_VALUE
            prefix FEC /129 IPv6 | 0402 0011 00000001 0100 0009 02 0002 81 0101010101 | MALFORMED_TLV_VALUE
            prefix FEC cut short | 0402 000f 00000001 0100 0007 02 0001 20 010101 | BAD_TLV_LENGTH
            empty FEC TLV | 0402 0008 00000001 0100 0000 | MALFORMED_TLV_VALUE
            Wildcard with a prefix | 0402 0011 00000001 0100 0009 01 02 0001 20 01010101 | MALFORMED_TLV_VALUE
            Abort without request id | 0404 0010 00000001 0100 0008 02 0001 20 01010101 | MISSING_MESSAGE_PARAMETERS
            Hop Count of 2 bytes | 0401 0016 00000001 0100 0008 02 0001 20 01010101 0103 0002 0101 | BAD_TLV_LENGTH
            Path Vector of 6 bytes | 0401 001a 00000001 0100 0008 02 0001 20 01010101 0104 0006 010101010202 | BAD_TLV_LENGTH
            Notification without Status | 0001 0004 00000001 | MISSING_MESSAGE_PARAMETERS
            Status TLV of 9 bytes | 0001 0011 00000001 0300 0009 0000002f 00000000 00 | BAD_TLV_LENGTH
            """)
    void messageErrors(String name, String messageHex, StatusCode expected) {
        PduResult r = PduDecoder.decode(Fixtures.pdu(messageHex));
        assertEquals(1, r.errors().size(), name + ": " + r.errors());
        LdpError e = r.errors().get(0);
        assertEquals(expected, e.status(), name + ": " + e);
        assertEquals(expected.fatal(), e.fatal());
        assertEquals(expected.fatal(), r.fatalError().isPresent());
        byte[] m = Fixtures.hex(messageHex);
        if (expected != StatusCode.BAD_MESSAGE_LENGTH) {
            assertEquals(1, e.messageId(), "the Status TLV names the offending message");
            assertEquals(((m[0] & 0xff) << 8) | (m[1] & 0xff), e.messageType());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            version 2 | 0002 000e 01010101 0000 0201 0004 00000001 | BAD_PROTOCOL_VERSION
            PDU length below a message | 0001 000d 01010101 0000 0201 0004 000000 | BAD_PDU_LENGTH
            PDU length past the bytes | 0001 000f 01010101 0000 0201 0004 00000001 | BAD_PDU_LENGTH
            PDU length short of the bytes | 0001 000e 01010101 0000 0201 0004 00000001 00 | BAD_PDU_LENGTH
            PDU of 3 bytes | 0001 00 | BAD_PDU_LENGTH
            LDP id of another router | 0001 000e 02020202 0000 0201 0004 00000001 | BAD_LDP_IDENTIFIER
            label space of another router | 0001 000e 01010101 0001 0201 0004 00000001 | BAD_LDP_IDENTIFIER
            """)
    void pduErrors(String name, String hex, StatusCode expected) {
        PduResult r = PduDecoder.decode(Fixtures.hex(hex), PduLimits.session(LdpId.of("1.1.1.1"), 4096));
        assertEquals(List.of(expected), r.errors().stream().map(LdpError::status).toList(), name);
        assertTrue(r.fatalError().isPresent());
        assertTrue(r.ldpId().isEmpty());
    }

    @Test
    void pduLongerThanTheNegotiatedMaximumIsBadPduLength() {
        byte[] pdu = Fixtures.pdu("0201 0004 00000001 ".repeat(10));
        assertTrue(PduDecoder.decode(pdu).clean());
        PduResult r = PduDecoder.decode(pdu, PduLimits.session(LdpId.of("1.1.1.1"), 50));
        assertEquals(StatusCode.BAD_PDU_LENGTH, r.fatalError().orElseThrow().status());
    }

    @Test
    void advisoryErrorsLeaveTheOtherMessagesOfThePdu() {
        PduResult r = PduDecoder.decode(Fixtures.pdu(
                "0201 0004 00000001  0f00 0004 00000002  8f00 0004 00000003  0201 0008 00000004 0999 0000"
                        + "  0201 0008 00000005 8999 0000"));
        assertEquals(List.of(new KeepAliveMessage(1), new UnknownMessage(true, 0x0f00, 3, Bytes.EMPTY),
                new KeepAliveMessage(5, List.of(new UnknownTlv(true, false, 0x999, Bytes.EMPTY)))), r.messages());
        assertEquals(List.of(StatusCode.UNKNOWN_MESSAGE_TYPE, StatusCode.UNKNOWN_TLV),
                r.errors().stream().map(LdpError::status).toList());
        assertEquals(List.of(2, 4), r.errors().stream().map(LdpError::messageId).toList());
        assertFalse(r.fatalError().isPresent());
    }

    @Test
    void aFatalErrorEndsThePduButKeepsWhatCameBefore() {
        PduResult r = PduDecoder.decode(Fixtures.pdu(
                "0201 0004 00000001  0400 0018 00000002 " + FEC + " 0200 0004 00000005  0201 0004 00000003"));
        assertEquals(List.of(new KeepAliveMessage(1)), r.messages());
        assertEquals(StatusCode.MALFORMED_TLV_VALUE, r.fatalError().orElseThrow().status());
        assertEquals(2, r.outcomes().size());
    }

    @Test
    void initializationKeepsUnknownCapabilitiesForUnsupportedCapability() {
        PduResult r = PduDecoder.decode(Fixtures.pdu(
                "0200 001b 00000001 0500 000e 0001 00b4 0000 0000 01010101 0000 0777 0001 80"));
        assertTrue(r.clean());
        InitializationMessage init = assertInstanceOf(InitializationMessage.class, r.messages().get(0));
        assertEquals(List.of(new UnknownTlv(false, false, 0x777, Bytes.hex("80"))), init.unknownTlvs());
    }

    @Test
    void statusNamesAreFrrs() {
        assertEquals("End-of-LIB", StatusCode.frrName(0x0000002f));
        assertEquals("Shutdown", StatusCode.frrName(0x8000000a));
        assertEquals("Session Rejected, No Hello", StatusCode.frrName(0x80000010));
        assertEquals("Dual-Stack Noncompliance", StatusCode.frrName(0x80000033));
        assertEquals("[40000004]", StatusCode.frrName(0x40000004), "with the F bit FRR prints hex");
        assertEquals("[00000099]", StatusCode.frrName(0x99));
        assertEquals("[00000404]", MessageType.LABEL_ABORT_REQUEST.frrName());
        assertEquals("label mapping", MessageType.LABEL_MAPPING.frrName());
        for (StatusCode s : StatusCode.values()) {
            assertEquals(s.fatal(), (s.wireValue() & StatusCode.E_BIT) != 0);
            assertEquals(s, StatusCode.ofCode(s.code()).orElseThrow());
        }
    }

    @Test
    void singleTlvAndMessageDecodersReturnTypedErrors() {
        assertEquals(StatusCode.BAD_TLV_LENGTH, TlvDecoder.decode(Fixtures.hex("0200 0004 0000")).error().status());
        assertEquals(StatusCode.BAD_TLV_LENGTH, TlvDecoder.decode(Fixtures.hex("02")).error().status());
        assertEquals(StatusCode.MALFORMED_TLV_VALUE,
                TlvDecoder.decode(Fixtures.hex("0200 0004 00000001")).error().status());
        assertEquals(StatusCode.BAD_MESSAGE_LENGTH, dev.ferry.ldpd.packet.message.MessageDecoder
                .decode(Fixtures.hex("0201 0008 00000001")).error().status());
    }
}
