package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireWriter;

/** What follows the common header; one record per packet type, each laid out per version. */
public sealed interface PacketBody permits Hello, DatabaseDescription, LinkStateRequest, LinkStateUpdate,
        LinkStateAck {

    PacketType type();

    void encode(WireWriter w, OspfVersion version);
}
