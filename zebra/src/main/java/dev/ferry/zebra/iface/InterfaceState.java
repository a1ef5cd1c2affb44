package dev.ferry.zebra.iface;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.AddressAttr;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NlMsgType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The kernel's interfaces, addresses and VRF devices as zebra last heard of them, kept up to date from
 * decoded RTM_NEWLINK / RTM_DELLINK / RTM_NEWADDR / RTM_DELADDR messages (dumps and events alike), and
 * every change told to one {@link InterfaceListener}. A VRF is a "vrf" device: its id is its ifindex; an
 * interface enslaved to it is in that VRF, the device itself too; anything else is in the default VRF.
 * Touched only on zebra's loop.
 */
final class InterfaceState {
    private final Map<Integer, KernelLink> byIndex = new HashMap<>();
    private final InterfaceListener out;
    private final Supplier<String> clock;

    /**
     * @param out who hears of changes
     * @param clock the wall-clock time stamp of a link going up or down, FRR's "2024/01/31 10:00:00.12"
     */
    InterfaceState(InterfaceListener out, Supplier<String> clock) {
        this.out = out;
        this.clock = clock;
    }

    /** One message from a dump or an event; others than links and addresses are ignored. */
    void apply(NetlinkMessage m) {
        int type = m.header().type();
        switch (m.payload()) {
            case LinkMessage l when type == NlMsgType.RTM_NEWLINK -> link(l);
            case LinkMessage l when type == NlMsgType.RTM_DELLINK -> linkGone(l.index());
            case AddressMessage a when type == NlMsgType.RTM_NEWADDR -> address(a);
            case AddressMessage a when type == NlMsgType.RTM_DELADDR -> addressGone(a);
            default -> {
            }
        }
    }

    /**
     * A fresh dump replaces what is known (start-up, or events lost): links and addresses it lacks are
     * removed, the rest applied. VRF devices go first so their members find them.
     */
    void resync(List<LinkMessage> links, List<AddressMessage> addresses) {
        Set<Integer> seen = new HashSet<>();
        List<LinkMessage> ordered = new ArrayList<>(links);
        ordered.sort(Comparator.comparing((LinkMessage l) -> !"vrf".equals(l.kind())));
        for (LinkMessage l : ordered) {
            if (l.info().family() == AddressFamily.UNSPEC) {
                seen.add(l.index());
            }
        }
        for (KernelLink k : List.copyOf(byIndex.values())) {
            if (!seen.contains(k.ifindex()) && !k.isVrf()) {
                linkGone(k.ifindex());
            }
        }
        for (KernelLink k : List.copyOf(byIndex.values())) {
            if (!seen.contains(k.ifindex())) {
                linkGone(k.ifindex());
            }
        }
        ordered.forEach(this::link);
        Map<Integer, Set<IpPrefix>> present = new HashMap<>();
        for (AddressMessage a : addresses) {
            present.computeIfAbsent(a.index(), i -> new HashSet<>()).add(a.prefix());
        }
        for (KernelLink k : List.copyOf(byIndex.values())) {
            for (AddressInfo a : List.copyOf(k.addresses)) {
                if (!present.getOrDefault(k.ifindex(), Set.of()).contains(a.prefix())) {
                    k.addresses.remove(a);
                    out.addressRemoved(info(k), a);
                }
            }
        }
        addresses.forEach(this::address);
    }

    private void link(LinkMessage l) {
        if (l.info().family() != AddressFamily.UNSPEC) {
            return; // AF_BRIDGE port notices repeat the link in another form
        }
        KernelLink k = byIndex.get(l.index());
        if (k == null) {
            k = new KernelLink(l.index());
            k.update(l);
            byIndex.put(k.ifindex(), k);
            if (k.isVrf()) {
                out.vrfAdded(vrf(k));
            }
            out.interfaceAdded(info(k));
            return;
        }
        InterfaceInfo before = info(k);
        boolean wasOperative = k.isOperative();
        k.update(l);
        if (!wasOperative && k.isOperative()) {
            k.linkUps++;
            k.lastUp = clock.get();
        } else if (wasOperative && !k.isOperative()) {
            k.linkDowns++;
            k.lastDown = clock.get();
        }
        InterfaceInfo after = info(k);
        if (before.equals(after)) {
            return;
        }
        if (before.vrfId() != after.vrfId()) {
            out.interfaceRemoved(before);
            out.interfaceAdded(after);
            for (AddressInfo a : k.addresses) {
                out.addressAdded(after, a);
            }
        } else {
            out.interfaceChanged(before, after);
        }
    }

    private void linkGone(int ifindex) {
        KernelLink k = byIndex.get(ifindex);
        if (k == null) {
            return;
        }
        InterfaceInfo last = info(k);
        VrfInfo vrf = k.isVrf() ? vrf(k) : null;
        byIndex.remove(ifindex);
        out.interfaceRemoved(last);
        if (vrf != null) {
            out.vrfRemoved(vrf);
        }
    }

    private void address(AddressMessage a) {
        KernelLink k = byIndex.get(a.index());
        if (k == null) {
            return;
        }
        IpPrefix prefix = a.prefix();
        if (isMartian(prefix)) {
            return; // FRR's connected_add_ipv4/ipv6 drop them: lo's 127.0.0.1/8 and ::1 are never shown
        }
        byte[] local = a.local();
        byte[] remote = a.address();
        IpPrefix peer = local != null && remote != null && !Arrays.equals(local, remote)
                ? new IpPrefix(remote, a.prefixLength()) : null;
        String label = a.label() != null && !a.label().equals(k.name()) ? a.label() : null;
        AddressInfo info = new AddressInfo(k.ifindex(), prefix, peer, (a.flags() & AddressAttr.F_SECONDARY) != 0,
                label);
        AddressInfo old = k.address(prefix);
        if (info.equals(old)) {
            return;
        }
        if (old != null) {
            k.addresses.set(k.addresses.indexOf(old), info);
            return;
        }
        k.addresses.add(info);
        out.addressAdded(info(k), info);
    }

    private void addressGone(AddressMessage a) {
        KernelLink k = byIndex.get(a.index());
        AddressInfo old = k == null ? null : k.address(a.prefix());
        if (old != null) {
            k.addresses.remove(old);
            out.addressRemoved(info(k), old);
        }
    }

    /** FRR's ipv4_martian / ipv6_martian: 0/8, 127/8, class D and E; ::1. */
    static boolean isMartian(IpPrefix p) {
        byte[] a = p.address();
        if (p.isIpv4()) {
            int first = a[0] & 0xff;
            return first == 0 || first == 127 || first >= 224;
        }
        for (int i = 0; i < 15; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[15] == 1;
    }

    /** The VRF id of an interface: its own index for a VRF device, its VRF master's, or 0. */
    int vrfId(KernelLink k) {
        if (k.isVrf()) {
            return k.ifindex();
        }
        KernelLink m = k.master() > 0 ? byIndex.get(k.master()) : null;
        return m != null && m.isVrf() ? m.ifindex() : 0;
    }

    String vrfName(int vrfId) {
        KernelLink v = vrfId == 0 ? null : byIndex.get(vrfId);
        return v != null ? v.name() : VrfInfo.DEFAULT.name();
    }

    InterfaceInfo info(KernelLink k) {
        int vrfId = vrfId(k);
        return k.info(vrfId, vrfName(vrfId));
    }

    static VrfInfo vrf(KernelLink k) {
        return new VrfInfo(k.ifindex(), k.name(), k.vrfTable());
    }

    KernelLink get(int ifindex) {
        return byIndex.get(ifindex);
    }

    KernelLink byName(String name) {
        for (KernelLink k : byIndex.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The VRF device called {@code name}, or null. */
    KernelLink vrfDevice(String name) {
        KernelLink k = byName(name);
        return k != null && k.isVrf() ? k : null;
    }

    /** Every link, by index. */
    Collection<KernelLink> links() {
        return new TreeMap<>(byIndex).values();
    }

    /** The VRF devices by name. */
    List<KernelLink> vrfDevices() {
        List<KernelLink> l = new ArrayList<>();
        for (KernelLink k : links()) {
            if (k.isVrf()) {
                l.add(k);
            }
        }
        l.sort(Comparator.comparing(KernelLink::name));
        return l;
    }
}
