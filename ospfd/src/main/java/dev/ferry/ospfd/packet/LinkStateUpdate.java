package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaCodec;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.wire.DecodeError;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Link State Update packet, type 4 (RFC 2328 A.3.5, RFC 5340 A.3.5): a count and that many LSAs.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            # LSAs                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            LSAs ...                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * An LSA with a bad checksum or an unparsable body is discarded alone (RFC 2328 13 step 1) and listed in
 * {@code rejected} for counting; an LSA running past the packet fails the whole packet.
 *
 * @param lsas the good LSAs, in packet order; the only ones encoded
 * @param rejected the discarded ones, with their headers and errors (empty when building a packet)
 */
public record LinkStateUpdate(List<Lsa> lsas, List<RejectedLsa> rejected) implements PacketBody {

    /** An LSA dropped from a received update. */
    public record RejectedLsa(LsaHeader header, DecodeError error) {
    }

    public LinkStateUpdate {
        lsas = List.copyOf(lsas);
        rejected = List.copyOf(rejected);
    }

    public LinkStateUpdate(List<Lsa> lsas) {
        this(lsas, List.of());
    }

    @Override
    public PacketType type() {
        return PacketType.LINK_STATE_UPDATE;
    }

    static LinkStateUpdate decode(WireReader r, OspfVersion version) throws DecodeException {
        long count = Integer.toUnsignedLong(r.u32("# LSAs"));
        if (count * LsaHeader.LENGTH > r.remaining()) {
            throw new DecodeException(Reason.TRUNCATED_LSA,
                    count + " LSAs announced but only " + r.remaining() + " bytes follow");
        }
        List<Lsa> lsas = new ArrayList<>((int) count);
        List<RejectedLsa> rejected = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            LsaHeader header = LsaHeader.decode(WireReader.of(
                    r.peek(LsaHeader.LENGTH, "LSA header", Reason.TRUNCATED_LSA)), version);
            switch (LsaCodec.next(r, version)) {
                case DecodeResult.Ok<Lsa>(Lsa lsa) -> lsas.add(lsa);
                case DecodeResult.Failed<Lsa>(DecodeError error) -> rejected.add(new RejectedLsa(header, error));
            }
        }
        return new LinkStateUpdate(lsas, rejected);
    }

    @Override
    public void encode(WireWriter w, OspfVersion version) {
        w.u32(lsas.size());
        for (Lsa lsa : lsas) {
            lsa.encode(w);
        }
    }
}
