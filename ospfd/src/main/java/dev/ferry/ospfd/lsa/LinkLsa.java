package dev.ferry.ospfd.lsa;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OSPFv3 Link-LSA, LS type 0x0008, link-local scope (RFC 5340 A.4.9): a router's link-local address (the nexthop
 * its neighbors use) and the prefixes it has on the link. Link State ID = the interface id.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Rtr Priority  |                Options                        |
 * |                Link-local Interface Address (16 bytes)        |
 * |                         # prefixes                            |
 * | PrefixLength  | PrefixOptions |             0                 |  (repeated)
 * |                        Address Prefix                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record LinkLsa(int priority, int options, byte[] linkLocalAddress, List<Ospf6Prefix> prefixes)
        implements LsaBody {
    public LinkLsa {
        if (linkLocalAddress.length != 16) {
            throw new IllegalArgumentException("link-local address must be 16 bytes");
        }
        linkLocalAddress = linkLocalAddress.clone();
        prefixes = List.copyOf(prefixes);
    }

    @Override
    public byte[] linkLocalAddress() {
        return linkLocalAddress.clone();
    }

    static LinkLsa decode(WireReader r) throws DecodeException {
        int priority = r.u8("Rtr Priority");
        int options = r.u24("link options");
        byte[] address = r.bytes(16, "Link-local Interface Address");
        long count = Integer.toUnsignedLong(r.u32("# prefixes"));
        List<Ospf6Prefix> prefixes = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            prefixes.add(Ospf6Prefix.decode(r));
        }
        return new LinkLsa(priority, options, address, prefixes);
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(priority).u24(options).bytes(linkLocalAddress).u32(prefixes.size());
        for (Ospf6Prefix p : prefixes) {
            p.encode(w);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkLsa l && l.priority == priority && l.options == options
                && Arrays.equals(l.linkLocalAddress, linkLocalAddress) && l.prefixes.equals(prefixes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(linkLocalAddress) * 31 + prefixes.hashCode();
    }

    @Override
    public String toString() {
        return "LinkLsa[priority " + priority + " options 0x" + Integer.toHexString(options) + " link-local "
                + IpAddresses.format(linkLocalAddress) + " prefixes " + prefixes + "]";
    }
}
