package dev.ferry.zebra.iface;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.Errno;
import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraConfigListener;
import dev.ferry.zebra.config.ZebraInterface;
import dev.ferry.zebra.config.ZebraVrf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.IntPredicate;

/**
 * Puts zebra's interface config on the kernel: VRF devices (created, brought up, members enslaved),
 * addresses, MTU and shutdown. It acts when the config changes (a vty line, a frr.conf line) and when an
 * interface appears, so config written before the interface exists is applied when it does. The kernel's
 * state decides what is missing: an address the kernel already has is not sent again, and `no ip address`
 * removes an address whoever added it. Refusals are logged with errno and the kernel's reason; the config
 * stays as typed.
 */
final class ConfigApplier implements ZebraConfigListener, InterfaceListener {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.iface");
    /** ip addr del of an address the kernel does not have. */
    private static final int EADDRNOTAVAIL = 99;

    private final ZebraConfig config;
    private final InterfaceState state;
    private final RequestSender kernel;
    private final VrfSupport vrfSupport;
    private final Executor loop;
    /** Requests sent and not yet answered, by what they do: the same change is not sent twice. */
    private final Set<String> pending = new HashSet<>();
    /** VRF devices being created, and their tables. */
    private final Map<String, Integer> creating = new HashMap<>();
    /** VRF devices zebra created: `no vrf` deletes them again. */
    private final Set<String> created = new HashSet<>();

    ConfigApplier(ZebraConfig config, InterfaceState state, RequestSender kernel, VrfSupport vrfSupport,
            Executor loop) {
        this.config = config;
        this.state = state;
        this.kernel = kernel;
        this.vrfSupport = vrfSupport;
        this.loop = loop;
    }

    /** Everything configured so far (start-up). */
    void applyAll() {
        for (ZebraVrf v : config.vrfs()) {
            ensureVrf(v.name());
        }
        for (ZebraInterface c : config.interfaces()) {
            KernelLink k = state.byName(c.name());
            if (k != null) {
                applyInterface(c, k);
            }
        }
    }

    // ---- the kernel changed ----

    @Override
    public void interfaceAdded(InterfaceInfo i) {
        KernelLink k = state.get(i.ifindex());
        if (k == null) {
            return;
        }
        if (k.isVrf()) {
            vrfDeviceAppeared(k);
        }
        ZebraInterface c = config.interfaces().find(k.name());
        if (c != null) {
            applyInterface(c, k);
        }
    }

    @Override
    public void interfaceChanged(InterfaceInfo before, InterfaceInfo after) {
        if (!before.name().equals(after.name())) {
            interfaceAdded(after);
        }
    }

    private void vrfDeviceAppeared(KernelLink dev) {
        vrfSupport.seen();
        if (config.findVrf(dev.name()) == null) {
            return;
        }
        if (!dev.isUp()) {
            setUp(dev, true);
        }
        for (ZebraInterface c : config.interfaces()) {
            KernelLink k = c.vrf().equals(dev.name()) ? state.byName(c.name()) : null;
            if (k != null) {
                enslave(c, k);
            }
        }
    }

    private void applyInterface(ZebraInterface c, KernelLink k) {
        enslave(c, k);
        if (c.mtu() != 0) {
            mtuChanged(c);
        }
        if (c.shutdown() && k.isUp()) {
            setUp(k, false);
        }
        addMissingAddresses(c, k);
    }

    private void addMissingAddresses(ZebraInterface c, KernelLink k) {
        for (IpPrefix a : c.addresses()) {
            if (k.address(a) == null) {
                addAddress(k, a);
            }
        }
    }

    private void enslave(ZebraInterface c, KernelLink k) {
        if (c.vrf().equals(ZebraConfig.DEFAULT_VRF) || k.isVrf()) {
            return;
        }
        KernelLink dev = state.vrfDevice(c.vrf());
        if (dev == null || k.master() == dev.ifindex()) {
            return; // enslaved when the VRF device appears
        }
        int ifindex = k.ifindex();
        List<IpPrefix> ipv6 = globalIpv6(k);
        request("putting " + k.name() + " in VRF " + dev.name(), "master " + ifindex,
                LinkMessage.setMaster(ifindex, dev.ifindex()), e -> false, () -> {
                    // The kernel cycles the interface to move it and so flushes its IPv6 addresses (unless
                    // keep_addr_on_down): zebra puts back those it had, configured or not, which FRR leaves to
                    // its users. Already done by the time the kernel answers; EEXIST is fine.
                    KernelLink now = state.get(ifindex);
                    if (now != null) {
                        ipv6.forEach(a -> addAddress(now, a));
                        addMissingAddresses(c, now);
                    }
                });
    }

    /** The interface's IPv6 addresses but link-local ones, which the kernel makes again itself. */
    private static List<IpPrefix> globalIpv6(KernelLink k) {
        List<IpPrefix> out = new ArrayList<>();
        for (AddressInfo a : k.addresses) {
            byte[] b = a.prefix().address();
            if (!a.prefix().isIpv4() && !(b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0x80)) {
                out.add(a.prefix());
            }
        }
        return out;
    }

    // ---- the config changed ----

    @Override
    public void interfaceCreated(ZebraInterface c) {
        KernelLink k = state.byName(c.name());
        if (k != null) {
            enslave(c, k);
        }
    }

    @Override
    public void addressAdded(ZebraInterface c, IpPrefix address) {
        KernelLink k = state.byName(c.name());
        if (k != null && k.address(address) == null) {
            addAddress(k, address);
        }
    }

    @Override
    public boolean addressRemoved(ZebraInterface c, IpPrefix address) {
        KernelLink k = state.byName(c.name());
        if (k == null || k.address(address) == null) {
            return false;
        }
        request("removing " + address + " from " + k.name(), "del " + k.ifindex() + " " + address,
                AddressMessage.delete(k.ifindex(), address), e -> e == EADDRNOTAVAIL, () -> { });
        return true;
    }

    @Override
    public void shutdownChanged(ZebraInterface c) {
        KernelLink k = state.byName(c.name());
        if (k != null) {
            // always asked for: zebra's view of the link may not have caught up with a change it asked for a
            // moment ago (a `shutdown` then `no shutdown`), and asking for the state the link has is harmless
            setUp(k, !c.shutdown());
        }
    }

    @Override
    public void mtuChanged(ZebraInterface c) {
        KernelLink k = state.byName(c.name());
        if (k == null) {
            return;
        }
        int target;
        if (c.mtu() != 0) {
            if (k.mtuBeforeConfig == 0) {
                k.mtuBeforeConfig = k.mtu();
            }
            target = c.mtu();
        } else {
            target = k.mtuBeforeConfig; // `no mtu`: back to what the kernel had
            k.mtuBeforeConfig = 0;
        }
        if (target == 0) {
            return; // `no mtu` with nothing configured before
        }
        // not skipped when zebra's view already shows the target: that view may predate an MTU it set just before
        request("setting the MTU of " + k.name() + " to " + target, "mtu " + k.ifindex() + " " + target,
                LinkMessage.setMtu(k.ifindex(), target), e -> false, () -> { });
    }

    /**
     * A new `vrf NAME` block: its device is created once the current loop task is over, so that a
     * `netns` line in the same block (a namespace VRF, no device) is seen first.
     */
    @Override
    public void vrfCreated(ZebraVrf vrf) {
        loop.execute(() -> ensureVrf(vrf.name()));
    }

    @Override
    public void vrfRemoved(String name) {
        KernelLink dev = state.vrfDevice(name);
        if (dev != null && created.remove(name)) {
            request("deleting the device of VRF " + name, "vrf " + name, LinkMessage.delete(dev.ifindex()),
                    e -> e == Errno.ENODEV, () -> { });
        }
    }

    private void ensureVrf(String name) {
        ZebraVrf v = config.findVrf(name);
        if (v == null || v.namespacePath() != null || creating.containsKey(name)) {
            return;
        }
        KernelLink dev = state.byName(name);
        if (dev != null) {
            if (!dev.isVrf()) {
                LOG.log(System.Logger.Level.WARNING, InterfaceError.NOT_A_VRF.format(
                        "interface " + name + " (index " + dev.ifindex() + ", " + (dev.kind() == null ? "no kind"
                                : "kind " + dev.kind()) + ")"));
            } else if (!dev.isUp()) {
                setUp(dev, true);
            }
            return;
        }
        if (vrfSupport.isUnsupported()) {
            return;
        }
        Set<Integer> used = new HashSet<>(creating.values());
        for (KernelLink k : state.vrfDevices()) {
            used.add(k.vrfTable());
        }
        int table = VrfTables.choose(used);
        creating.put(name, table);
        String what = "creating the device of VRF " + name + " (table " + table + ")";
        kernel.submit(LinkMessage.createVrf(name, table), result -> {
            creating.remove(name);
            if (result.isEmpty()) {
                created.add(name);
                LOG.log(System.Logger.Level.INFO, "VRF " + name + ": device created with table " + table);
            } else if (result.get().errno() == Errno.EOPNOTSUPP) {
                vrfSupport.unsupported(name, result.get());
            } else if (result.get().errno() != Errno.EEXIST) {
                refused(what, result.get());
            }
        });
    }

    // ---- requests ----

    private void addAddress(KernelLink k, IpPrefix address) {
        request("adding " + address + " to " + k.name(), "add " + k.ifindex() + " " + address,
                AddressMessage.add(k.ifindex(), address, 0), e -> e == Errno.EEXIST, () -> { });
    }

    private void setUp(KernelLink k, boolean up) {
        request((up ? "bringing up " : "shutting down ") + k.name(), "up " + k.ifindex() + " " + up,
                LinkMessage.setUp(k.ifindex(), up), e -> false, () -> { });
    }

    /**
     * Sends a request unless the same one is in flight.
     *
     * @param benign errnos that mean "already so" (logged at debug level only)
     */
    private void request(String what, String key, NetlinkRequest r, IntPredicate benign, Runnable done) {
        if (!pending.add(key)) {
            return;
        }
        kernel.submit(r, result -> {
            pending.remove(key);
            if (result.isEmpty()) {
                done.run();
            } else if (benign.test(result.get().errno())) {
                LOG.log(System.Logger.Level.DEBUG, () -> what + ": " + result.get());
            } else {
                refused(what, result.get());
            }
        });
    }

    private static void refused(String what, NetlinkError e) {
        LOG.log(System.Logger.Level.WARNING, InterfaceError.KERNEL_REFUSED.format(what + ": " + e));
    }
}
