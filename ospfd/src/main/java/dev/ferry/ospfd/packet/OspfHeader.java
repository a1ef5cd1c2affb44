package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;

/**
 * The common packet header of both versions.
 *
 * <pre>
 * OSPFv2 (RFC 2328 A.3.1)                           OSPFv3 (RFC 5340 A.3.1)
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Version #   |     Type      |         Packet length         |
 * |                          Router ID                            |
 * |                           Area ID                             |
 * |           Checksum            |             AuType            |   v2
 * |           Checksum            |  Instance ID  |      0        |   v3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Authentication (8 bytes)                |   v2 only
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param length as received; the encoder computes it
 * @param checksum as received; the encoder computes it (v2) or leaves it to the kernel (v3)
 * @param instanceId v3 only (RFC 5340 A.3.1); 0 for v2
 * @param authentication v2's AuType and field; {@link Authentication.Null#NONE} for v3
 */
public record OspfHeader(OspfVersion version, PacketType type, int length, int routerId, int areaId, int checksum,
                         int instanceId, Authentication authentication) {

    /** A header to send: length and checksum are filled in by the encoder. */
    public static OspfHeader v2(PacketType type, int routerId, int areaId, Authentication auth) {
        return new OspfHeader(OspfVersion.V2, type, 0, routerId, areaId, 0, 0, auth);
    }

    /** A header to send: length and checksum are filled in by the encoder (and the kernel). */
    public static OspfHeader v3(PacketType type, int routerId, int areaId, int instanceId) {
        return new OspfHeader(OspfVersion.V3, type, 0, routerId, areaId, 0, instanceId, Authentication.Null.NONE);
    }

    @Override
    public String toString() {
        return "OspfHeader[" + version + " " + type + " len " + length + " router " + RouterIds.format(routerId)
                + " area " + RouterIds.format(areaId) + " cksum 0x" + Integer.toHexString(checksum)
                + (version == OspfVersion.V3 ? " instance " + instanceId : " autype " + authentication.type())
                + "]";
    }
}
