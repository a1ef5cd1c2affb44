package dev.ferry.ospfd.packet;

/** A decoded OSPF packet, or one to send: the common header and the typed body. */
public record OspfPacket(OspfHeader header, PacketBody body) {
    public OspfPacket {
        if (header.type() != body.type()) {
            throw new IllegalArgumentException("header type " + header.type() + " but body " + body.type());
        }
    }
}
