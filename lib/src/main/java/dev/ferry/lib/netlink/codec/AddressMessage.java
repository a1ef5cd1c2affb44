package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An interface address: the payload of RTM_NEWADDR / RTM_DELADDR, struct {@link IfAddrMsg} then
 * attributes. Requests carry IFA_LOCAL then IFA_ADDRESS, both the interface's address, as iproute2 sends
 * `ip addr add|del`:
 * <pre>
 * nlmsghdr | ifaddrmsg | IFA_LOCAL | IFA_ADDRESS | [IFA_LABEL] | [IFA_FLAGS if flags &gt; 0xff]
 * </pre>
 *
 * @param flags IFA_F_* (IFA_FLAGS when present, else ifa_flags)
 * @param address IFA_ADDRESS, or null
 * @param local IFA_LOCAL, or null (IPv6 dumps have only IFA_ADDRESS)
 * @param label IFA_LABEL, or null
 */
public record AddressMessage(int family, int prefixLength, int flags, int scope, int index, byte[] address,
                             byte[] local, String label) implements Payload {

    public AddressMessage {
        address = address == null ? null : address.clone();
        local = local == null ? null : local.clone();
    }

    /** `ip addr add PREFIX dev INDEX` (flags: IFA_F_NODAD and the like, 0 for none). */
    public static NetlinkRequest add(int index, IpPrefix prefix, int flags) {
        AddressMessage m = of(index, prefix, flags);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_NEWADDR,
                NlFlags.REQUEST | NlFlags.ACK | NlFlags.CREATE | NlFlags.EXCL, seq);
    }

    /** `ip addr del PREFIX dev INDEX`. */
    public static NetlinkRequest delete(int index, IpPrefix prefix) {
        AddressMessage m = of(index, prefix, 0);
        return (w, seq) -> m.encode(w, NlMsgType.RTM_DELADDR, NlFlags.REQUEST | NlFlags.ACK, seq);
    }

    /** A dump of the addresses of one family (AF_UNSPEC: all). */
    public static NetlinkRequest dump(int family) {
        return (w, seq) -> {
            int start = w.beginMessage(NlMsgType.RTM_GETADDR, NlFlags.REQUEST | NlFlags.DUMP, seq);
            new IfAddrMsg(family, 0, 0, 0, 0).encode(w);
            w.endMessage(start);
            return start;
        };
    }

    private static AddressMessage of(int index, IpPrefix prefix, int flags) {
        byte[] a = prefix.address();
        return new AddressMessage(AddressFamily.ofAddress(a), prefix.length(), flags, 0, index, a, a, null);
    }

    @Override
    public byte[] address() {
        return address == null ? null : address.clone();
    }

    @Override
    public byte[] local() {
        return local == null ? null : local.clone();
    }

    /** The interface's address with its prefix length: IFA_LOCAL, else IFA_ADDRESS. */
    public IpPrefix prefix() {
        return new IpPrefix(local != null ? local : address, prefixLength);
    }

    public int encode(MessageWriter w, int nlType, int nlFlags, int seq) {
        int start = w.beginMessage(nlType, nlFlags, seq);
        new IfAddrMsg(family, prefixLength, flags & 0xff, scope, index).encode(w);
        if (local != null) {
            w.attrBytes(AddressAttr.LOCAL, local);
        }
        if (address != null) {
            w.attrBytes(AddressAttr.ADDRESS, address);
        }
        if (label != null) {
            w.attrString(AddressAttr.LABEL, label);
        }
        if ((flags & ~0xff) != 0) {
            w.attrU32(AddressAttr.FLAGS, flags);
        }
        w.endMessage(start);
        return start;
    }

    /** Decodes the payload (ifaddrmsg and attributes) between {@code at} and {@code end}. */
    public static AddressMessage decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        IfAddrMsg h = IfAddrMsg.decode(buf, at, end);
        int length = AddressFamily.addressLength(h.family());
        if (h.family() != AddressFamily.INET && h.family() != AddressFamily.INET6) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, at, "address family " + h.family());
        }
        int flags = h.flags();
        byte[] address = null;
        byte[] local = null;
        String label = null;
        AttributeReader r = new AttributeReader(buf, at + IfAddrMsg.SIZE, end);
        while (r.next()) {
            switch (r.type()) {
                case AddressAttr.ADDRESS -> address = r.bytes(length);
                case AddressAttr.LOCAL -> local = r.bytes(length);
                case AddressAttr.LABEL -> label = r.string();
                case AddressAttr.FLAGS -> flags = r.u32();
                default -> {
                }
            }
        }
        if (address == null && local == null) {
            throw new NetlinkDecodeException(Problem.BAD_VALUE, at, "address message without IFA_ADDRESS or IFA_LOCAL");
        }
        return new AddressMessage(h.family(), h.prefixLength(), flags, h.scope(), h.index(), address, local, label);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressMessage m && m.family == family && m.prefixLength == prefixLength
                && m.flags == flags && m.scope == scope && m.index == index && Arrays.equals(m.address, address)
                && Arrays.equals(m.local, local) && Objects.equals(m.label, label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, prefixLength, index, Arrays.hashCode(address), Arrays.hashCode(local));
    }

    @Override
    public String toString() {
        return "AddressMessage[" + IpAddresses.format(local != null ? local : address) + "/" + prefixLength + " dev "
                + index + (flags != 0 ? " flags 0x" + Integer.toHexString(flags) : "")
                + (label != null ? " label " + label : "") + "]";
    }
}
