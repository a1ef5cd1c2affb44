package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.RouterIds;

/** `debug ospf packet all`: one log line per packet sent or received, as FRR's "RECV[Hello]" lines. */
final class PacketDebug {
    static final String FLAG = "ospf packet all";
    private static final System.Logger LOG = System.getLogger(PacketDebug.class.getName());

    private PacketDebug() {
    }

    static void received(OspfRouter router, Link link, OspfPacket p) {
        if (router.debugOn(FLAG)) {
            LOG.log(System.Logger.Level.INFO, "RECV[" + name(p) + "]: From " + RouterIds.format(
                    p.header().routerId()) + " via " + link.label() + ": " + p.body());
        }
    }

    static void sent(OspfRouter router, Link link, byte[] destination, OspfPacket p) {
        if (router.debugOn(FLAG)) {
            LOG.log(System.Logger.Level.INFO, "SEND[" + name(p) + "]: To " + RouterIds.format(
                    Ipv4.toInt(destination)) + " via " + link.label() + ": " + p.body());
        }
    }

    private static String name(OspfPacket p) {
        return switch (p.header().type()) {
            case HELLO -> "Hello";
            case DATABASE_DESCRIPTION -> "DD";
            case LINK_STATE_REQUEST -> "LS-Req";
            case LINK_STATE_UPDATE -> "LS-Upd";
            case LINK_STATE_ACK -> "LS-Ack";
        };
    }
}
