package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Database Description packet, type 2: the interface MTU (checked for equality by the receiver, RFC 2328 10.6),
 * options, the I/M/MS bits, the DD sequence number and a slice of the LSDB's headers.
 *
 * <pre>
 * OSPFv2 (RFC 2328 A.3.3)                              OSPFv3 (RFC 5340 A.3.3)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Interface MTU         |    Options    |0|0|0|0|0|I|M|MS   |       0       |               Options                         |
 * |                     DD sequence number                        |   |        Interface MTU          |       0       |0|0|0|0|0|I|M|MS
 * |                      LSA headers ...                          |   |                    DD sequence number                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   |                      LSA headers ...                          |
 *                                                                     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param flags the whole flags byte (I, M, MS and RFC 4811's R in v2), kept as received
 */
public record DatabaseDescription(int mtu, int options, int flags, int sequence, List<LsaHeader> headers)
        implements PacketBody {
    public static final int MS = 0x01;
    public static final int M = 0x02;
    public static final int I = 0x04;

    public DatabaseDescription {
        headers = List.copyOf(headers);
    }

    public boolean isInit() {
        return (flags & I) != 0;
    }

    public boolean hasMore() {
        return (flags & M) != 0;
    }

    public boolean isMaster() {
        return (flags & MS) != 0;
    }

    @Override
    public PacketType type() {
        return PacketType.DATABASE_DESCRIPTION;
    }

    static DatabaseDescription decode(WireReader r, OspfVersion version) throws DecodeException {
        int mtu;
        int options;
        if (version == OspfVersion.V2) {
            mtu = r.u16("Interface MTU");
            options = r.u8("Options");
        } else {
            r.skip(1, "DD reserved");
            options = r.u24("Options");
            mtu = r.u16("Interface MTU");
            r.skip(1, "DD reserved");
        }
        int flags = r.u8("DD flags");
        int sequence = r.u32("DD sequence number");
        return new DatabaseDescription(mtu, options, flags, sequence, decodeHeaders(r, version, "DD"));
    }

    /** LSA headers filling the rest of a DD or LS Ack packet. */
    static List<LsaHeader> decodeHeaders(WireReader r, OspfVersion version, String packet) throws DecodeException {
        if (r.remaining() % LsaHeader.LENGTH != 0) {
            throw new DecodeException(Reason.BAD_LENGTH, packet + " LSA headers not a multiple of 20 bytes");
        }
        List<LsaHeader> headers = new ArrayList<>(r.remaining() / LsaHeader.LENGTH);
        while (r.remaining() > 0) {
            headers.add(LsaHeader.decode(r, version));
        }
        return headers;
    }

    @Override
    public void encode(WireWriter w, OspfVersion version) {
        if (version == OspfVersion.V2) {
            w.u16(mtu).u8(options);
        } else {
            w.u8(0).u24(options).u16(mtu).u8(0);
        }
        w.u8(flags).u32(sequence);
        for (LsaHeader h : headers) {
            h.encode(w);
        }
    }
}
