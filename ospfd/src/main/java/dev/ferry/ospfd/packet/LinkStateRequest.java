package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Link State Request packet, type 3: the LSAs wanted, 12 bytes each.
 *
 * <pre>
 * OSPFv2 (RFC 2328 A.3.4)                              OSPFv3 (RFC 5340 A.3.4)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          LS type                              |   |              0                |        LS type                |
 * |                       Link State ID                           |   |                         Link State ID                         |
 * |                     Advertising Router                        |   |                       Advertising Router                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record LinkStateRequest(List<LsaKey> requests) implements PacketBody {
    private static final int ENTRY = 12;

    public LinkStateRequest {
        requests = List.copyOf(requests);
    }

    @Override
    public PacketType type() {
        return PacketType.LINK_STATE_REQUEST;
    }

    static LinkStateRequest decode(WireReader r, OspfVersion version) throws DecodeException {
        if (r.remaining() % ENTRY != 0) {
            throw new DecodeException(Reason.BAD_LENGTH, "LS Request entries not a multiple of 12 bytes");
        }
        List<LsaKey> keys = new ArrayList<>(r.remaining() / ENTRY);
        while (r.remaining() > 0) {
            int type;
            if (version == OspfVersion.V2) {
                type = r.u32("LS type");
            } else {
                r.skip(2, "LS Request reserved");
                type = r.u16("LS type");
            }
            keys.add(new LsaKey(type, r.u32("Link State ID"), r.u32("Advertising Router")));
        }
        return new LinkStateRequest(keys);
    }

    @Override
    public void encode(WireWriter w, OspfVersion version) {
        for (LsaKey k : requests) {
            if (version == OspfVersion.V2) {
                w.u32(k.type());
            } else {
                w.u16(0).u16(k.type());
            }
            w.u32(k.linkStateId()).u32(k.advertisingRouter());
        }
    }
}
