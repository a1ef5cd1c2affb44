package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.List;

/**
 * Link State Acknowledgment packet, type 5 (RFC 2328 A.3.6, RFC 5340 A.3.6): the headers of the LSAs
 * acknowledged, nothing else.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                             LSA headers (20 bytes each)       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record LinkStateAck(List<LsaHeader> headers) implements PacketBody {
    public LinkStateAck {
        headers = List.copyOf(headers);
    }

    @Override
    public PacketType type() {
        return PacketType.LINK_STATE_ACK;
    }

    static LinkStateAck decode(WireReader r, OspfVersion version) throws DecodeException {
        return new LinkStateAck(DatabaseDescription.decodeHeaders(r, version, "LS Ack"));
    }

    @Override
    public void encode(WireWriter w, OspfVersion version) {
        for (LsaHeader h : headers) {
            h.encode(w);
        }
    }
}
