package dev.ferry.ospfd.lsa;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.Arrays;

/**
 * OSPFv3 AS-External-LSA, LS type 0x4005 (RFC 5340 A.4.7), and NSSA-LSA, 0x2007 (A.4.8, same layout). The
 * optional fields are present as the F and T bits and a non-zero Referenced LS Type say.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         |E|F|T|                Metric                         |
 * | PrefixLength  | PrefixOptions |     Referenced LS Type        |
 * |                        Address Prefix                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Forwarding Address (Optional, 16 bytes)        |
 * |              External Route Tag (Optional)                    |
 * |               Referenced Link State ID (Optional)             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param flags the whole first byte (E, F, T), kept as received
 * @param prefix its 16-bit field is the Referenced LS Type
 * @param forwardingAddress 16 bytes when F is set, else null
 * @param routeTag meaningful when T is set
 * @param referencedLinkStateId meaningful when the Referenced LS Type is not 0
 */
public record ExternalLsaV3(int flags, int metric, Ospf6Prefix prefix, byte[] forwardingAddress, int routeTag,
                            int referencedLinkStateId) implements LsaBody {
    public static final int FLAG_T = 0x01;
    public static final int FLAG_F = 0x02;
    public static final int FLAG_E = 0x04;

    public ExternalLsaV3 {
        if (((flags & FLAG_F) != 0) != (forwardingAddress != null)) {
            throw new IllegalArgumentException("forwarding address must be given exactly when F is set");
        }
        if (forwardingAddress != null) {
            if (forwardingAddress.length != 16) {
                throw new IllegalArgumentException("forwarding address must be 16 bytes");
            }
            forwardingAddress = forwardingAddress.clone();
        }
    }

    public boolean type2() {
        return (flags & FLAG_E) != 0;
    }

    public boolean hasRouteTag() {
        return (flags & FLAG_T) != 0;
    }

    public int referencedLsType() {
        return prefix.field();
    }

    @Override
    public byte[] forwardingAddress() {
        return forwardingAddress == null ? null : forwardingAddress.clone();
    }

    static ExternalLsaV3 decode(WireReader r) throws DecodeException {
        int flags = r.u8("external flags");
        int metric = r.u24("external metric");
        int length = r.u8("PrefixLength");
        int options = r.u8("PrefixOptions");
        int refType = r.u16("Referenced LS Type");
        Ospf6Prefix prefix = Ospf6Prefix.decodeAddress(r, length, options, refType);
        byte[] fwd = (flags & FLAG_F) != 0 ? r.bytes(16, "Forwarding Address") : null;
        int tag = (flags & FLAG_T) != 0 ? r.u32("External Route Tag") : 0;
        int refId = refType != 0 ? r.u32("Referenced Link State ID") : 0;
        return new ExternalLsaV3(flags, metric, prefix, fwd, tag, refId);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(flags).u24(metric);
        prefix.encode(w);
        if (forwardingAddress != null) {
            w.bytes(forwardingAddress);
        }
        if (hasRouteTag()) {
            w.u32(routeTag);
        }
        if (prefix.field() != 0) {
            w.u32(referencedLinkStateId);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalLsaV3 e && e.flags == flags && e.metric == metric && e.prefix.equals(prefix)
                && Arrays.equals(e.forwardingAddress, forwardingAddress) && e.routeTag == routeTag
                && e.referencedLinkStateId == referencedLinkStateId;
    }

    @Override
    public int hashCode() {
        return ((prefix.hashCode() * 31 + metric) * 31 + flags) * 31 + routeTag;
    }

    @Override
    public String toString() {
        return "ExternalLsaV3[E" + (type2() ? 2 : 1) + " metric " + metric + " " + prefix
                + (forwardingAddress != null ? " fwd " + IpAddresses.format(forwardingAddress) : "")
                + (hasRouteTag() ? " tag " + Integer.toUnsignedString(routeTag) : "")
                + (prefix.field() != 0 ? " ref id " + referencedLinkStateId : "") + "]";
    }
}
