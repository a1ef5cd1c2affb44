package dev.ferry.zebra.iface;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.netlink.MulticastGroup;
import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetlinkMonitor;
import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.rib.Rib;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

/**
 * zebra's interface manager. {@link #start} (on zebra's loop, after the RIB exists) opens two netlink
 * sockets in the daemon's network namespace: one subscribed to link and address events, read on its own
 * platform thread, and one for dumps and requests, owned by another. It subscribes first, then dumps links
 * and addresses (so no change falls between the two), feeds the RIB, applies the config and installs `show
 * interface` and `show vrf`. From then on every change, from the kernel or from the config, is handled on
 * the loop.
 */
public final class InterfaceManager implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.iface");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SS");

    private final ZebraConfig config;
    private final Rib rib;
    private final Executor loop;
    private final Listeners api = new Listeners();
    private final VrfSupport vrfSupport = new VrfSupport();
    private final InterfaceState state;
    private final ConfigApplier applier;
    private final ToIntFunction<String> speed;
    private KernelRequests requests;
    private NetlinkMonitor monitor;

    /**
     * The manager's state and wiring, without sockets (tests feed {@link #state()} and watch
     * {@code kernel}).
     *
     * @param kernel where config changes are sent
     * @param speed link speeds by interface name for `show interface`
     */
    InterfaceManager(ZebraConfig config, Rib rib, Executor loop, RequestSender kernel, ToIntFunction<String> speed) {
        this.config = config;
        this.rib = rib;
        this.loop = loop;
        this.speed = speed;
        Listeners internal = new Listeners();
        this.state = new InterfaceState(internal, () -> LocalDateTime.now().format(STAMP));
        this.applier = new ConfigApplier(config, state, kernel, vrfSupport, loop);
        internal.add(new RibFeed(rib));
        internal.add(api);
        internal.add(applier);
    }

    /** ZebraDaemon.start's hook: the daemon's own network namespace. */
    public static InterfaceManager start(DaemonContext ctx, ZebraConfig config, Rib rib) throws NetlinkException {
        return start(ctx, config, rib, null);
    }

    /**
     * Starts inside network namespace {@code namespace} (a name in /var/run/netns or a path; null: the
     * daemon's own). Call on zebra's loop.
     */
    public static InterfaceManager start(DaemonContext ctx, ZebraConfig config, Rib rib, String namespace)
            throws NetlinkException {
        NetlinkSocket.Options base = NetlinkSocket.Options.defaults();
        if (namespace != null) {
            base = base.inNamespace(namespace);
        }
        NetlinkSocket events = NetlinkSocket.open(base.subscribe(MulticastGroup.LINK, MulticastGroup.IPV4_IFADDR,
                MulticastGroup.IPV6_IFADDR));
        NetlinkSocket control;
        try {
            control = NetlinkSocket.open(base);
        } catch (NetlinkException e) {
            events.close();
            throw e;
        }
        KernelRequests requests = new KernelRequests(control, ctx.loop());
        // /sys/class/net is the daemon's namespace's, not another one's
        InterfaceManager m = new InterfaceManager(config, rib, ctx.loop(), requests::submit,
                namespace == null ? LinkSpeed::read : name -> 0);
        m.requests = requests;
        m.monitor = NetlinkMonitor.start(events, "zebra-nl-events", m.eventListener());
        try {
            m.load(requests.dump(LinkMessage.dump()), requests.dump(AddressMessage.dump(AddressFamily.UNSPEC)));
        } catch (NetlinkException e) {
            m.close();
            throw e;
        }
        m.attach(ctx.cli());
        LOG.log(System.Logger.Level.INFO, "interface manager: " + m.state.links().size() + " interfaces, "
                + m.state.vrfDevices().size() + " VRF devices");
        return m;
    }

    /** Takes over the config (applies what is there, hears of changes) and installs the commands. */
    void attach(Cli cli) {
        config.listener(applier);
        applier.applyAll();
        InterfaceShowCommands.install(cli, this);
        VrfShowCommand.install(cli, this);
    }

    private NetlinkMonitor.Listener eventListener() {
        return new NetlinkMonitor.Listener() {
            @Override
            public void message(NetlinkMessage m) {
                post(() -> state.apply(m));
            }

            @Override
            public void malformed(NetlinkDecodeException e) {
                LOG.log(System.Logger.Level.WARNING, "interface manager: malformed netlink event dropped: "
                        + e.getMessage());
            }

            @Override
            public void overrun() {
                LOG.log(System.Logger.Level.WARNING, InterfaceError.EVENTS_LOST.format("ENOBUFS"));
                requests.later(InterfaceManager.this::redump);
            }

            @Override
            public void failed(NetlinkException e) {
                LOG.log(System.Logger.Level.ERROR, InterfaceError.NETLINK_FAILED.format(e.getMessage()));
            }
        };
    }

    /** Hands work to the loop; once zebra stops, events that still come in are dropped. */
    private void post(Runnable work) {
        try {
            loop.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "interface event after zebra stopped: dropped");
        }
    }

    /** On the request thread: dumps again, and resynchronises on the loop. */
    private void redump() {
        try {
            List<NetlinkMessage> links = requests.dump(LinkMessage.dump());
            List<NetlinkMessage> addrs = requests.dump(AddressMessage.dump(AddressFamily.UNSPEC));
            post(() -> load(links, addrs));
        } catch (NetlinkException e) {
            LOG.log(System.Logger.Level.ERROR, InterfaceError.NETLINK_FAILED.format("dump after overrun: " + e));
        }
    }

    void load(List<NetlinkMessage> links, List<NetlinkMessage> addrs) {
        List<LinkMessage> l = new ArrayList<>();
        for (NetlinkMessage m : links) {
            if (m.payload() instanceof LinkMessage lm) {
                l.add(lm);
            }
        }
        List<AddressMessage> a = new ArrayList<>();
        for (NetlinkMessage m : addrs) {
            if (m.payload() instanceof AddressMessage am) {
                a.add(am);
            }
        }
        state.resync(l, a);
    }

    /**
     * Adds an API listener: it gets the current VRFs (the default one first), interfaces and addresses as
     * "added" calls, then {@link InterfaceListener#dumpDone()}, then every change. Call on zebra's loop.
     */
    public void addListener(InterfaceListener l) {
        l.vrfAdded(VrfInfo.DEFAULT);
        for (KernelLink v : state.vrfDevices()) {
            l.vrfAdded(InterfaceState.vrf(v));
        }
        List<KernelLink> links = new ArrayList<>(state.links());
        links.sort((x, y) -> Boolean.compare(!x.isVrf(), !y.isVrf()));
        for (KernelLink k : links) {
            l.interfaceAdded(state.info(k));
        }
        for (KernelLink k : links) {
            InterfaceInfo i = state.info(k);
            for (AddressInfo a : k.addresses) {
                l.addressAdded(i, a);
            }
        }
        l.dumpDone();
        api.add(l);
    }

    public void removeListener(InterfaceListener l) {
        api.remove(l);
    }

    /** The interfaces as they are now, by index. Call on zebra's loop. */
    public List<InterfaceInfo> interfaces() {
        return state.links().stream().map(state::info).toList();
    }

    /** The addresses of an interface, in the order the kernel gave them. Call on zebra's loop. */
    public List<AddressInfo> addresses(int ifindex) {
        KernelLink k = state.get(ifindex);
        return k == null ? List.of() : List.copyOf(k.addresses);
    }

    /** The active VRFs (the default one first). Call on zebra's loop. */
    public List<VrfInfo> vrfs() {
        List<VrfInfo> l = new ArrayList<>();
        l.add(VrfInfo.DEFAULT);
        state.vrfDevices().forEach(v -> l.add(InterfaceState.vrf(v)));
        return l;
    }

    InterfaceState state() {
        return state;
    }

    ZebraConfig config() {
        return config;
    }

    Rib rib() {
        return rib;
    }

    VrfSupport vrfSupport() {
        return vrfSupport;
    }

    ToIntFunction<String> speed() {
        return speed;
    }

    /** Stops following the kernel; the config is only recorded from now on. Call on zebra's loop. */
    @Override
    public void close() {
        if (config.changes() == applier) {
            config.listener(null);
        }
        if (monitor != null) {
            monitor.close();
        }
        if (requests != null) {
            requests.close();
        }
    }
}
