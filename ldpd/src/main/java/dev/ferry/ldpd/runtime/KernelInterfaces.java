package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The kernel's interfaces and IPv4 addresses as zebra reports them: what ldpd needs of them. */
final class KernelInterfaces {
    /** One interface: name, VRF ("" = default), whether it is up, and its IPv4 addresses with their lengths. */
    static final class Entry {
        final int ifindex;
        String name = "";
        String vrf = "";
        boolean up;
        final List<Fec> subnets = new ArrayList<>();
        final List<Integer> addresses = new ArrayList<>();

        Entry(int ifindex) {
            this.ifindex = ifindex;
        }

        /** The subnet holding {@code address}, or null. */
        Fec subnetOf(int address) {
            for (Fec s : subnets) {
                if (s.length() < 32 && s.contains(address)) {
                    return s;
                }
            }
            return null;
        }
    }

    private final Map<Integer, Entry> byIndex = new TreeMap<>();

    /** Applies an update; true when something changed. */
    boolean apply(InterfaceUpdate u) {
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            return byIndex.remove(u.getIfindex()) != null;
        }
        Entry e = byIndex.computeIfAbsent(u.getIfindex(), Entry::new);
        boolean up = u.getAdminUp() && u.getOperUp();
        boolean changed = !u.getName().equals(e.name) || !u.getVrf().equals(e.vrf) || up != e.up;
        e.name = u.getName();
        e.vrf = u.getVrf();
        e.up = up;
        return changed;
    }

    boolean apply(AddressUpdate u) {
        if (u.getAddress().getAddress().size() != 4) {
            return false;
        }
        Entry e = byIndex.computeIfAbsent(u.getIfindex(), Entry::new);
        int address = Ipv4.of(u.getAddress().getAddress().toByteArray());
        Fec subnet = new Fec(address, u.getAddress().getLength());
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            int at = e.addresses.indexOf(address);
            if (at < 0) {
                return false;
            }
            e.addresses.remove(at);
            e.subnets.remove(at);
            return true;
        }
        if (e.addresses.contains(address)) {
            return false;
        }
        e.addresses.add(address);
        e.subnets.add(subnet);
        return true;
    }

    Entry byName(String name) {
        for (Entry e : byIndex.values()) {
            if (e.name.equals(name) && e.vrf.isEmpty()) {
                return e;
            }
        }
        return null;
    }

    Collection<Entry> all() {
        return byIndex.values();
    }

    /**
     * The addresses this LSR advertises in Address messages: every IPv4 address of the default VRF but loopback
     * 127/8, interface by interface (FRR's order: ifindex, then the order the addresses came).
     */
    List<Integer> advertisedAddresses() {
        java.util.Set<Integer> out = new java.util.LinkedHashSet<>();
        for (Entry e : byIndex.values()) {
            if (!e.vrf.isEmpty()) {
                continue;
            }
            for (int a : e.addresses) {
                if ((a >>> 24) != 127) {
                    out.add(a);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
