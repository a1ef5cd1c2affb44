package dev.ferry.ospfd.packet;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OSPFv2 authentication (RFC 2328 D): simple password and keyed MD5. */
class AuthenticationTest {
    /**
     * A Hello from 1.1.1.1 with AuType 2, key id 7, sequence 0x5f000001, keyed with "secret"; the digest was
     * computed with Python's hashlib over the packet followed by the zero-padded key, independently of this codec.
     */
    private static final byte[] MD5_HELLO = HexFormat.of().parseHex(
            "02010030010101010000000000000002000007105f000001ffffff00000a020100000028000000000000000002020202"
                    + "f1016e9812c6ba095b024dbd634dfc4a");
    private static final byte[] KEY = "secret".getBytes(StandardCharsets.US_ASCII);

    private static OspfPacket hello(Authentication auth) {
        return new OspfPacket(OspfHeader.v2(PacketType.HELLO, parse("1.1.1.1"), 0, auth),
                Hello.v2(parse("255.255.255.0"), 10, 0x02, 1, 40, 0, 0, List.of(parse("2.2.2.2"))));
    }

    @Test
    void md5DigestMatchesAnIndependentComputation() {
        assertArrayEquals(MD5_HELLO, OspfPacketCodec.encodeMd5(hello(Authentication.Cryptographic.md5(7, 0x5f000001)),
                KEY));
    }

    @Test
    void md5PacketDecodesWithItsTrailerAndVerifiesOnlyWithTheRightKey() {
        OspfPacket p = OspfPacketCodec.decode(MD5_HELLO).value();
        assertEquals(48, p.header().length());
        assertEquals(0, p.header().checksum());
        Authentication.Cryptographic c = assertInstanceOf(Authentication.Cryptographic.class,
                p.header().authentication());
        assertEquals(7, c.keyId());
        assertEquals(16, c.dataLength());
        assertEquals(0x5f000001, c.sequence());
        assertArrayEquals(Arrays.copyOfRange(MD5_HELLO, 48, 64), c.digest());

        assertTrue(Md5Authentication.verify(MD5_HELLO, 0, 48, MD5_HELLO.length, KEY));
        assertFalse(Md5Authentication.verify(MD5_HELLO, 0, 48, MD5_HELLO.length, "Secret".getBytes()));
        byte[] tampered = MD5_HELLO.clone();
        tampered[30] ^= 1;
        assertFalse(Md5Authentication.verify(tampered, 0, 48, tampered.length, KEY));
        assertFalse(Md5Authentication.verify(MD5_HELLO, 0, 48, 60, KEY));
    }

    @Test
    void md5PacketWithoutItsTrailerIsBadAuth() {
        assertEquals(Reason.BAD_AUTH, OspfPacketCodec.decode(MD5_HELLO, 0, 60).error().reason());
    }

    @Test
    void simplePasswordTravelsInTheHeaderOutsideTheChecksum() {
        OspfPacket p = hello(new Authentication.Simple("pw".getBytes(StandardCharsets.US_ASCII)));
        byte[] wire = OspfPacketCodec.encode(p);
        assertEquals(Authentication.SIMPLE_TYPE, wire[15]);
        assertArrayEquals(new byte[] {'p', 'w', 0, 0, 0, 0, 0, 0}, Arrays.copyOfRange(wire, 16, 24));
        byte[] noAuth = OspfPacketCodec.encode(hello(Authentication.Null.NONE));
        // the checksum skips the Authentication field but covers AuType
        assertEquals(PacketChecksum.v2(noAuth, 0, noAuth.length) - 1,
                PacketChecksum.v2(wire, 0, wire.length) & 0xffff);
        OspfPacket back = OspfPacketCodec.decode(wire).value();
        assertEquals(p.header().authentication(), back.header().authentication());
        assertArrayEquals(wire, OspfPacketCodec.encode(back));
    }
}
