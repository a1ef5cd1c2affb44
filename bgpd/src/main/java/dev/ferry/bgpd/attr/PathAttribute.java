package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * One path attribute. Each keeps the flags it was received with, so that a decoded UPDATE re-encodes byte for
 * byte (FRR, for one, sets Extended Length on AS_PATH and MP_REACH_NLRI however short they are); the
 * {@code of(...)} factories give the standard flags. {@link AttributeCodec} writes the header.
 */
public sealed interface PathAttribute permits Origin, AsPath, NextHop, MultiExitDisc, LocalPref, AtomicAggregate,
        Aggregator, As4Path, As4Aggregator, Communities, OriginatorId, ClusterList, MpReachNlri, MpUnreachNlri,
        ExtendedCommunities, LargeCommunities, UnknownAttribute {

    int type();

    /** The flags octet; Extended Length is added on encode when the value needs it. */
    int flags();

    /** Length of the value in bytes under the session's encoding rules. */
    int valueLength(CodecContext ctx);

    /** Writes the value (not the header) into a heap buffer. */
    void writeValue(ByteBuffer out, CodecContext ctx);
}
