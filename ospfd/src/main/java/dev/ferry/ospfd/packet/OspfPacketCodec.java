package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.Arrays;

/**
 * Decodes and encodes whole OSPF packets of both versions (the IP payload). Decoding checks, in RFC 2328 8.2's
 * order as far as the packet alone allows: version, type, length, the v2 checksum (unless AuType 2, whose packets
 * carry none) and that a cryptographic trailer is present; then the body. Checks that need the interface (area,
 * instance id, AuType and key, digest, neighbor sequence) belong to the caller: {@link Md5Authentication#verify}
 * checks a digest.
 */
public final class OspfPacketCodec {
    private OspfPacketCodec() {
    }

    public static DecodeResult<OspfPacket> decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** Decodes the packet in {@code data[off, off+len)}; never throws, whatever the bytes. */
    public static DecodeResult<OspfPacket> decode(byte[] data, int off, int len) {
        try {
            return DecodeResult.ok(decodeOrThrow(WireReader.of(data, off, len)));
        } catch (DecodeException e) {
            return DecodeResult.failed(e.error());
        }
    }

    private static OspfPacket decodeOrThrow(WireReader in) throws DecodeException {
        int available = in.remaining();
        byte[] raw = in.peek(available, "packet", Reason.TRUNCATED);
        WireReader r = WireReader.of(raw);
        int versionNumber = r.u8("version");
        OspfVersion version = OspfVersion.of(versionNumber);
        if (version == null) {
            throw new DecodeException(Reason.BAD_VERSION, "version " + versionNumber);
        }
        if (available < version.headerLength()) {
            throw new DecodeException(Reason.TRUNCATED, available + " bytes, less than a " + version + " header");
        }
        int typeCode = r.u8("type");
        PacketType type = PacketType.of(typeCode);
        if (type == null) {
            throw new DecodeException(Reason.BAD_TYPE, "packet type " + typeCode);
        }
        int length = r.u16("packet length");
        if (length < version.headerLength() || length > available) {
            throw new DecodeException(Reason.BAD_LENGTH, "packet length " + length + " with " + available
                    + " bytes received, header " + version.headerLength());
        }
        int routerId = r.u32("Router ID");
        int areaId = r.u32("Area ID");
        int checksum = r.u16("checksum");
        int instanceId = 0;
        Authentication auth = Authentication.Null.NONE;
        if (version == OspfVersion.V2) {
            int auType = r.u16("AuType");
            byte[] field = r.bytes(8, "Authentication");
            auth = switch (auType) {
                case Authentication.NULL_TYPE -> new Authentication.Null(field);
                case Authentication.SIMPLE_TYPE -> new Authentication.Simple(field);
                case Authentication.CRYPTOGRAPHIC_TYPE -> cryptographic(field, raw, length);
                default -> throw new DecodeException(Reason.BAD_AUTH_TYPE, "AuType " + auType);
            };
            if (auType != Authentication.CRYPTOGRAPHIC_TYPE && !PacketChecksum.verifyV2(raw, 0, length)) {
                throw new DecodeException(Reason.BAD_CHECKSUM, "checksum 0x" + Integer.toHexString(checksum)
                        + ", computed 0x" + Integer.toHexString(PacketChecksum.v2(raw, 0, length)));
            }
        } else {
            instanceId = r.u8("Instance ID");
            r.skip(1, "header reserved");
        }
        OspfHeader header = new OspfHeader(version, type, length, routerId, areaId, checksum, instanceId, auth);
        WireReader body = r.slice(length - version.headerLength(), "packet body");
        PacketBody decoded = switch (type) {
            case HELLO -> Hello.decode(body, version);
            case DATABASE_DESCRIPTION -> DatabaseDescription.decode(body, version);
            case LINK_STATE_REQUEST -> LinkStateRequest.decode(body, version);
            case LINK_STATE_UPDATE -> LinkStateUpdate.decode(body, version);
            case LINK_STATE_ACK -> LinkStateAck.decode(body, version);
        };
        return new OspfPacket(header, decoded);
    }

    private static Authentication cryptographic(byte[] field, byte[] raw, int length) throws DecodeException {
        int keyId = field[2] & 0xff;
        int dataLength = field[3] & 0xff;
        int sequence = ((field[4] & 0xff) << 24) | ((field[5] & 0xff) << 16) | ((field[6] & 0xff) << 8)
                | (field[7] & 0xff);
        if (raw.length - length < dataLength) {
            throw new DecodeException(Reason.BAD_AUTH, "authentication trailer of " + dataLength + " bytes missing, "
                    + (raw.length - length) + " bytes after the packet");
        }
        return new Authentication.Cryptographic(keyId, dataLength, sequence,
                Arrays.copyOfRange(raw, length, length + dataLength));
    }

    /**
     * Encodes a packet, computing length and checksum: the v2 checksum (AuType 0 and 1), or 0 for v3 (the
     * kernel fills it in) and for AuType 2 (whose digest needs a key: use {@link #encodeMd5}).
     */
    public static byte[] encode(OspfPacket packet) {
        OspfHeader h = packet.header();
        if (h.authentication() instanceof Authentication.Cryptographic) {
            throw new IllegalArgumentException("cryptographic authentication needs a key: use encodeMd5");
        }
        byte[] bytes = encodeUnchecked(packet);
        if (h.version() == OspfVersion.V2) {
            PacketChecksum.write(bytes, 0, PacketChecksum.v2(bytes, 0, bytes.length));
        }
        return bytes;
    }

    /**
     * Encodes a v2 packet with keyed-MD5 authentication (RFC 2328 D.4.3): checksum 0, the header's key id and
     * sequence number, and the digest appended after the packet length.
     */
    public static byte[] encodeMd5(OspfPacket packet, byte[] key) {
        OspfHeader h = packet.header();
        if (h.version() != OspfVersion.V2 || !(h.authentication() instanceof Authentication.Cryptographic c)
                || c.dataLength() != Md5Authentication.DIGEST_LENGTH) {
            throw new IllegalArgumentException("not a v2 packet with a 16-byte cryptographic authentication");
        }
        byte[] bytes = encodeUnchecked(packet);
        byte[] digest = Md5Authentication.digest(bytes, 0, bytes.length, key);
        byte[] out = Arrays.copyOf(bytes, bytes.length + digest.length);
        System.arraycopy(digest, 0, out, bytes.length, digest.length);
        return out;
    }

    /** Encodes a v3 packet with the checksum the kernel would put there for these IPv6 addresses. */
    public static byte[] encodeV3(OspfPacket packet, byte[] source, byte[] destination) {
        if (packet.header().version() != OspfVersion.V3) {
            throw new IllegalArgumentException("not an OSPFv3 packet");
        }
        byte[] bytes = encodeUnchecked(packet);
        PacketChecksum.write(bytes, 0, PacketChecksum.v3(source, destination, bytes, 0, bytes.length));
        return bytes;
    }

    private static byte[] encodeUnchecked(OspfPacket packet) {
        OspfHeader h = packet.header();
        WireWriter w = new WireWriter(256);
        w.u8(h.version().number()).u8(h.type().code()).u16(0).u32(h.routerId()).u32(h.areaId()).u16(0);
        if (h.version() == OspfVersion.V2) {
            w.u16(h.authentication().type()).bytes(h.authentication().field());
        } else {
            w.u8(h.instanceId()).u8(0);
        }
        packet.body().encode(w, h.version());
        w.setU16(2, w.position());
        return w.toByteArray();
    }
}
