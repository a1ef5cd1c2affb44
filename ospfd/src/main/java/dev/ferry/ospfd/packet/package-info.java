/**
 * The OSPF packet codec for both versions (RFC 2328 A.3, RFC 5340 A.3), pure: one record per packet type with
 * its wire diagrams, laid out per {@link dev.ferry.ospfd.wire.OspfVersion}.
 *
 * <ul>
 *   <li>{@link dev.ferry.ospfd.packet.OspfPacketCodec}: decode an IP payload to an
 *       {@link dev.ferry.ospfd.packet.OspfPacket} or a typed error; encode with the v2 checksum, keyed MD5
 *       ({@link dev.ferry.ospfd.packet.Md5Authentication}) or the v3 pseudo-header checksum
 *       ({@link dev.ferry.ospfd.packet.PacketChecksum}).</li>
 *   <li>Bodies: {@link dev.ferry.ospfd.packet.Hello}, {@link dev.ferry.ospfd.packet.DatabaseDescription},
 *       {@link dev.ferry.ospfd.packet.LinkStateRequest}, {@link dev.ferry.ospfd.packet.LinkStateUpdate} (LSAs
 *       that fail their own checks are listed as rejected, the rest kept), {@link
 *       dev.ferry.ospfd.packet.LinkStateAck}.</li>
 * </ul>
 *
 * Tested by replaying FRR 8.4's captures byte for byte, and by fuzzing mutants of every packet type.
 */
package dev.ferry.ospfd.packet;
