package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kernel's interfaces and addresses as zebra reports them (ospfd's and ospf6d's view of `show interface`). */
final class KernelInterfaces {
    static final int IFF_LOOPBACK = 0x8;
    static final int IFF_POINTOPOINT = 0x10;

    /** One interface: its name, VRF ("" = default), state, MTU, kernel flags, IPv4 and IPv6 addresses. */
    static final class Entry {
        final int ifindex;
        String name;
        String vrf;
        boolean up;
        int mtu;
        int flags;
        final List<IpPrefix> addresses = new ArrayList<>();
        final List<IpPrefix> addresses6 = new ArrayList<>();

        Entry(int ifindex) {
            this.ifindex = ifindex;
        }

        boolean loopback() {
            return (flags & IFF_LOOPBACK) != 0;
        }

        boolean pointToPoint() {
            return (flags & IFF_POINTOPOINT) != 0;
        }
    }

    private final Map<Integer, Entry> byIndex = new LinkedHashMap<>();

    /** Applies an update; true when something OSPF cares about changed. */
    boolean apply(InterfaceUpdate u) {
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            return byIndex.remove(u.getIfindex()) != null;
        }
        Entry e = byIndex.computeIfAbsent(u.getIfindex(), Entry::new);
        boolean up = u.getAdminUp() && u.getOperUp();
        boolean changed = !u.getName().equals(e.name) || !u.getVrf().equals(e.vrf) || up != e.up
                || u.getMtu() != e.mtu || u.getFlags() != e.flags;
        e.name = u.getName();
        e.vrf = u.getVrf();
        e.up = up;
        e.mtu = u.getMtu();
        e.flags = u.getFlags();
        return changed;
    }

    boolean apply(AddressUpdate u) {
        int size = u.getAddress().getAddress().size();
        if (size != 4 && size != 16) {
            return false;
        }
        Entry e = byIndex.computeIfAbsent(u.getIfindex(), Entry::new);
        List<IpPrefix> list = size == 4 ? e.addresses : e.addresses6;
        IpPrefix p = new IpPrefix(u.getAddress().getAddress().toByteArray(), u.getAddress().getLength());
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            return list.remove(p);
        }
        if (list.contains(p)) {
            return false;
        }
        list.add(p);
        return true;
    }

    Collection<Entry> all() {
        return byIndex.values();
    }
}
