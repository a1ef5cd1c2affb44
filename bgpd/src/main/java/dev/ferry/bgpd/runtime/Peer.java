package dev.ferry.bgpd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.bgpd.adjout.AdjRibOut;
import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.MpUnreachNlri;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.fsm.BgpState;
import dev.ferry.bgpd.fsm.CollisionResolution;
import dev.ferry.bgpd.fsm.FsmEvent;
import dev.ferry.bgpd.message.MessageType;
import dev.ferry.bgpd.config.BgpNeighborPolicy;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.policy.MaxPrefixGuard;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.message.RouteRefreshMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.bgpd.rib.VpnTable;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.net.InetAddress;
import dev.ferry.lib.net.IpAddresses;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One configured neighbor at run time: its connection(s) and FSM, automatic restart after a session ends
 * (idle hold, doubling from 1 s to 32 s; FRR's `timers connect` 120 s is the retry while waiting in Active, here
 * {@link #CONNECT_RETRY_SECONDS}), collision resolution between two connections, the counters that `show bgp`
 * prints, and per family what was received (counted) and what was sent ({@link AdjRibOut}). Runs on the
 * daemon's loop.
 */
public final class Peer {
    private static final System.Logger LOG = System.getLogger(Peer.class.getName());
    /** How long we wait in Active before connecting out again. */
    static final int CONNECT_RETRY_SECONDS = 10;
    private static final int MAX_IDLE_HOLD_SECONDS = 32;

    private final BgpRouter router;
    private final InetAddress address;
    private final String name;
    private SessionParams params;
    private InetAddress updateSource;
    private byte[] password;
    private boolean adminDown;
    private boolean removed;
    private Connection primary;
    private Connection secondary;
    private final LoopTimer idleHold;
    private int idleHoldSeconds = 1;
    private PathSource source;
    private final Map<AddressFamily, AdjRibOut> out = new HashMap<>();
    /**
     * Prefixes accepted per unicast family (FRR's PfxRcd): a count kept in step with the Loc-RIB, which says when
     * the peer's path to a prefix comes or goes, rather than a set of a million prefixes.
     */
    private final Map<AddressFamily, int[]> accepted = new HashMap<>();
    /** VPN routes accepted per VPN family, by RD and prefix (VPN tables are small). */
    private final Map<AddressFamily, Set<Nlri>> acceptedVpn = new HashMap<>();
    private final Map<AddressFamily, Integer> filtered = new HashMap<>();
    private final Set<AddressFamily> eorReceived = new HashSet<>();
    // counters, as FRR's show bgp neighbors
    private final Map<Integer, long[]> messages = new HashMap<>();
    private int established;
    private int dropped;
    private long upSinceMillis;
    private long downSinceMillis = System.currentTimeMillis();
    private String lastReset = "never";
    private NotificationMessage lastNotification;
    private boolean lastNotificationSent;
    private int connectRetries;
    private final Map<AddressFamily, MaxPrefixGuard> prefixGuards = new HashMap<>();
    private long originatorLoops;
    private long clusterLoops;
    /** The session went down on maximum-prefix: it stays down until cleared or the restart timer fires. */
    private boolean prefixOverflow;
    private final LoopTimer prefixRestart;
    private int maxPrefixOverflows;

    Peer(BgpRouter router, InetAddress address, SessionParams params, InetAddress updateSource, byte[] password,
            boolean adminDown) {
        this.router = router;
        this.password = password;
        this.address = address;
        this.name = IpAddresses.format(address.getAddress());
        this.params = params;
        this.updateSource = updateSource;
        this.adminDown = adminDown;
        this.idleHold = new LoopTimer(router.loop(), this::autoStart);
        this.prefixRestart = new LoopTimer(router.loop(), this::prefixRestartExpired);
        this.primary = new Connection(this);
    }

    // ---- what connections ask ---------------------------------------------------------------------------

    ScheduledExecutorService loop() {
        return router.loop();
    }

    BgpTransport transport() {
        return router.transport();
    }

    InetSocketAddress remoteSocket() {
        return new InetSocketAddress(address, router.transport().port());
    }

    InetAddress updateSourceAddress() {
        return updateSource;
    }

    /** The TCP-MD5 key (`neighbor X password`), or null. */
    byte[] password() {
        return password;
    }

    int connectTimeoutMillis() {
        return 5000;
    }

    long connectRetryMillis() {
        return CONNECT_RETRY_SECONDS * 1000L;
    }

    OpenMessage ourOpen() {
        return OpenFactory.open(params);
    }

    SessionParams params() {
        return params;
    }

    public String name() {
        return name;
    }

    public InetAddress address() {
        return address;
    }

    // ---- operator actions ---------------------------------------------------------------------------------

    /** Starts the peer (connects out and accepts), unless it is administratively down. */
    void start() {
        if (!adminDown && !removed && !prefixOverflow && !params.families().isEmpty() && primary.state() == BgpState.IDLE) {
            primary.fire(new FsmEvent.ManualStart());
        }
    }

    /** `neighbor X shutdown`: Cease/Administrative Shutdown, and no restart until `no ... shutdown`. */
    void shutdown(boolean down) {
        if (down == adminDown) {
            return;
        }
        adminDown = down;
        if (down) {
            idleHold.cancel();
            lastReset("Admin. shutdown");
            dropSecondary();
            primary.fire(new FsmEvent.ManualStop());
        } else {
            idleHoldSeconds = 1;
            start();
        }
    }

    /** Closes the session with Cease/{@code subcode} (reset, config change, unconfigured); restarts unless removed. */
    void reset(int subcode, String why) {
        dropSecondary();
        if (primary.state() == BgpState.IDLE) {
            return;
        }
        lastReset(why);
        NotificationMessage n = NotificationMessage.of(ErrorCodes.CEASE, subcode);
        if (primary.state() != BgpState.CONNECT && primary.state() != BgpState.ACTIVE) {
            primary.sendNotification(n);
        }
        primary.fire(new FsmEvent.TcpConnectionFails());
    }

    /** The neighbor was deconfigured: Cease/Peer De-configured, then nothing more. */
    void remove() {
        reset(ErrorCodes.CEASE_PEER_UNCONFIGURED, "Peer Unconfigured");
        removed = true;
        idleHold.cancel();
        primary.dispose();
    }

    /** New session parameters (router-id, AS, families, timers): applied by resetting a running session. */
    void reconfigure(SessionParams p, InetAddress source, byte[] key) {
        boolean changed = !p.equals(params) || !java.util.Objects.equals(source, updateSource)
                || !java.util.Arrays.equals(key, password);
        params = p;
        updateSource = source;
        password = key;
        if (changed) {
            reset(ErrorCodes.CEASE_OTHER_CONFIG_CHANGE, "Config change");
            if (primary.state() == BgpState.IDLE && !idleHold.running()) {
                start();
            }
        }
    }

    public boolean adminDown() {
        return adminDown;
    }

    // ---- incoming connections -------------------------------------------------------------------------------

    /** The peer connected to us. */
    void accept(BgpTransport.TcpLink link) {
        if (adminDown || removed || prefixOverflow || params.families().isEmpty()) {
            link.close();
            return;
        }
        switch (primary.state()) {
            case IDLE -> {
                idleHold.cancel();
                primary.fire(new FsmEvent.ManualStartPassive());
                primary.adopt(link);
                primary.fire(new FsmEvent.TcpConnectionConfirmed());
            }
            case ACTIVE -> {
                primary.adopt(link);
                primary.fire(new FsmEvent.TcpConnectionConfirmed());
            }
            // in Connect our own connection is on its way and the peer may already have taken it as its
            // session: closing it for this one would kill both sides' sessions at once (both then wait the
            // ConnectRetry time); the two run side by side and collision resolution keeps one (RFC 4271 6.8)
            case CONNECT, OPEN_SENT, OPEN_CONFIRM -> {
                if (secondary != null) {
                    link.close();
                    return;
                }
                secondary = new Connection(this);
                secondary.fire(new FsmEvent.ManualStartPassive());
                secondary.adopt(link);
                secondary.fire(new FsmEvent.TcpConnectionConfirmed());
            }
            case ESTABLISHED -> link.close();
        }
    }

    /**
     * A valid OPEN arrived on {@code c} in OpenSent: if the other connection already knows the peer (OpenConfirm
     * or Established), one of the two must go (RFC 4271 section 6.8). Returns whether {@code c} survives.
     */
    boolean resolveCollision(Connection c, OpenMessage open) {
        Connection other = c == primary ? secondary : primary;
        if (other == null || (other.state() != BgpState.OPEN_CONFIRM && other.state() != BgpState.ESTABLISHED)) {
            return true;
        }
        Connection loser;
        if (other.state() == BgpState.ESTABLISHED) {
            loser = c;
        } else {
            CollisionResolution.Initiator close = CollisionResolution.connectionToClose(params.localId(),
                    open.bgpIdentifier(), params.localAs(), Integer.toUnsignedLong(open.asNumber()));
            boolean closeOutgoing = close == CollisionResolution.Initiator.LOCAL;
            loser = c.outgoing() == closeOutgoing ? c : other;
        }
        LOG.log(System.Logger.Level.INFO, name + ": connection collision, closing the "
                + (loser.outgoing() ? "outgoing" : "incoming") + " connection");
        loser.fire(new FsmEvent.OpenCollisionDump());
        return loser != c;
    }

    private void dropSecondary() {
        if (secondary != null) {
            Connection s = secondary;
            secondary = null;
            s.dispose();
        }
    }

    // ---- state changes ------------------------------------------------------------------------------------

    void stateChanged(Connection c, BgpState from, BgpState to, FsmEvent cause) {
        if (router.debug(BgpDebugs.NEIGHBOR_EVENTS)) {
            LOG.log(System.Logger.Level.INFO, name + " " + (c == primary ? "" : "second ") + "connection ("
                    + (c.outgoing() ? "outgoing" : "incoming") + ") went from " + from.displayName() + " to "
                    + to.displayName() + " on event " + cause.getClass().getSimpleName() + " (" + cause.number() + ")");
        }
        if (to == BgpState.ESTABLISHED) {
            if (c == secondary) {
                Connection old = primary;
                primary = c;
                secondary = null;
                old.dispose();
            } else {
                dropSecondary();
            }
            established(c);
            return;
        }
        if (to != BgpState.IDLE) {
            return;
        }
        if (c == secondary) {
            secondary = null;
            c.dispose();
            return;
        }
        if (c == primary && secondary != null) {
            primary = secondary;
            secondary = null;
            c.dispose();
            return;
        }
        if (from == BgpState.ESTABLISHED) {
            dropped++;
            downSinceMillis = System.currentTimeMillis();
            if (router.logNeighborChanges()) {
                LOG.log(System.Logger.Level.INFO, "%ADJCHANGE: neighbor " + name + " in vrf default Down "
                        + lastReset);
            }
        }
        if (!adminDown && !removed) {
            idleHold.start(idleHoldSeconds * 1000L);
            idleHoldSeconds = Math.min(MAX_IDLE_HOLD_SECONDS, idleHoldSeconds * 2);
        }
    }

    private void autoStart() {
        start();
    }

    private void established(Connection c) {
        established++;
        upSinceMillis = System.currentTimeMillis();
        idleHoldSeconds = 1;
        OpenCheck.Accepted n = c.negotiated();
        source = new PathSource(n.ebgp() ? PathSource.Kind.EBGP : PathSource.Kind.IBGP, address.getAddress(),
                c.peerOpen().bgpIdentifier(), n.peerAs());
        out.clear();
        accepted.clear();
        acceptedVpn.clear();
        filtered.clear();
        eorReceived.clear();
        for (AddressFamily f : n.families()) {
            out.put(f, new AdjRibOut(f));
            if (f.isVpn()) {
                acceptedVpn.put(f, new HashSet<>());
            } else {
                accepted.put(f, new int[1]);
            }
        }
        if (router.logNeighborChanges()) {
            LOG.log(System.Logger.Level.INFO, "%ADJCHANGE: neighbor " + name + " in vrf default Up");
        }
        router.sessionUp(this);
        for (AddressFamily f : n.families()) {
            sendEndOfRib(f);
        }
    }

    private void sendEndOfRib(AddressFamily f) {
        primary.send(f.equals(AddressFamily.IPV4_UNICAST) ? UpdateMessage.endOfRibIpv4()
                : new UpdateMessage(List.of(), PathAttributes.of(MpUnreachNlri.endOfRib(f)), List.of()));
    }

    /** The session left Established: every route learned from the peer goes, and what we sent is forgotten. */
    void sessionDown(Connection c) {
        PathSource s = source;
        source = null;
        out.clear();
        accepted.clear();
        acceptedVpn.clear();
        filtered.clear();
        prefixGuards.values().forEach(MaxPrefixGuard::reset);
        if (s != null) {
            router.sessionDown(this, s);
        }
    }

    // ---- routes ------------------------------------------------------------------------------------------

    /** Applies an UPDATE to the RIB (RFC 4271 section 9), with RFC 7606's treat-as-withdraw. */
    void processUpdate(UpdateMessage u, ErrorAction action) {
        if (source == null) {
            return;
        }
        if (u.isEndOfRib()) {
            MpUnreachNlri eor = u.attributes().mpUnreach();
            eorReceived.add(eor == null ? AddressFamily.IPV4_UNICAST : eor.family());
            return;
        }
        boolean withdrawAll = action == ErrorAction.TREAT_AS_WITHDRAW;
        PathAttributes attrs = u.attributes();
        for (Ipv4Prefix p : u.withdrawn()) {
            withdraw(AddressFamily.IPV4_UNICAST, p);
        }
        MpUnreachNlri unreach = attrs.mpUnreach();
        if (unreach != null) {
            for (Nlri n : unreach.withdrawn()) {
                if (n instanceof Prefix p) {
                    withdraw(unreach.family(), p);
                } else if (n instanceof VpnPrefix v) {
                    withdrawVpn(unreach.family(), v);
                }
            }
        }
        PathAttributes stored = attrs.without(AttributeType.NEXT_HOP).without(AttributeType.MP_REACH_NLRI)
                .without(AttributeType.MP_UNREACH_NLRI);
        boolean loop = (source.isEbgp() && containsAs(attrs.asPath(), params.localAs())) || reflectionLoop(attrs);
        boolean blocked = router.policyBlocked(this, AddressFamily.IPV4_UNICAST, true);
        NextHop nh = attrs.nextHop();
        // one next hop array for all the UPDATE's paths (a path never changes it)
        byte[] nhBytes = nh == null ? null : ByteBuffer.allocate(4).putInt(nh.address()).array();
        for (Ipv4Prefix p : u.nlri()) {
            if (withdrawAll || loop || blocked || nh == null) {
                reject(AddressFamily.IPV4_UNICAST, p, blocked);
            } else {
                announce(AddressFamily.IPV4_UNICAST, p, stored, nhBytes);
            }
        }
        MpReachNlri reach = attrs.mpReach();
        if (reach != null) {
            blocked = router.policyBlocked(this, reach.family(), true);
            byte[] mpNh = reach.nextHop().address();
            if (reach.nextHop().linkLocal() != null && isUnspecified(mpNh)) {
                mpNh = reach.nextHop().linkLocal();
            }
            if (reach.family().isVpn()) {
                mpNh = VpnNexthops.unmapped(mpNh);
            }
            for (Nlri n : reach.nlri()) {
                if (n instanceof VpnPrefix v) {
                    if (withdrawAll || loop || blocked) {
                        withdrawVpn(reach.family(), v);
                    } else {
                        announceVpn(reach.family(), v, stored, mpNh);
                    }
                    continue;
                }
                if (!(n instanceof Prefix p)) {
                    continue;
                }
                if (withdrawAll || loop || blocked) {
                    reject(reach.family(), p, blocked);
                } else {
                    announce(reach.family(), p, stored, mpNh);
                }
            }
            checkMaxPrefix(reach.family());
        }
        if (!u.nlri().isEmpty()) {
            checkMaxPrefix(AddressFamily.IPV4_UNICAST);
        }
    }

    /**
     * RFC 4456 section 8 (FRR's bgp_update): a route whose ORIGINATOR_ID is our router-id, or whose CLUSTER_LIST
     * holds our cluster id, went round a reflection loop: all its prefixes are dropped, logged and counted.
     */
    private boolean reflectionLoop(PathAttributes attrs) {
        if (attrs.get(AttributeType.ORIGINATOR_ID) instanceof OriginatorId o && o.id() == router.routerId()) {
            originatorLoops++;
            LOG.log(System.Logger.Level.DEBUG, name + ": UPDATE dropped, originator is us");
            return true;
        }
        if (attrs.get(AttributeType.CLUSTER_LIST) instanceof ClusterList c && c.contains(router.clusterId())) {
            clusterLoops++;
            LOG.log(System.Logger.Level.DEBUG, name + ": UPDATE dropped, reflected from the same cluster");
            return true;
        }
        return false;
    }

    /** UPDATEs dropped because their ORIGINATOR_ID was our router-id. */
    public long originatorLoops() {
        return originatorLoops;
    }

    /** UPDATEs dropped because their CLUSTER_LIST held our cluster id. */
    public long clusterLoops() {
        return clusterLoops;
    }

    /** `neighbor X maximum-prefix`: log, and past the limit tear the session down (FRR's bgp_maximum_prefix_overflow). */
    private void checkMaxPrefix(AddressFamily f) {
        if ((!accepted.containsKey(f) && !acceptedVpn.containsKey(f)) || source == null) {
            return;
        }
        int count = acceptedCount(f);
        BgpNeighborPolicy.MaxPrefix max = router.neighborPolicy(this, f).maxPrefix();
        MaxPrefixGuard guard = prefixGuards.computeIfAbsent(f, k -> new MaxPrefixGuard());
        switch (guard.check(count, max)) {
            case NONE -> { }
            case THRESHOLD -> LOG.log(System.Logger.Level.INFO, "%MAXPFX: No. of " + f + " prefix received from "
                    + name + " reaches " + count + ", max " + max.limit());
            case EXCEEDED_WARNING -> LOG.log(System.Logger.Level.INFO, exceeded(f, count, max));
            case EXCEEDED -> {
                LOG.log(System.Logger.Level.WARNING, exceeded(f, count, max));
                maxPrefixOverflows++;
                prefixOverflow = true;
                lastReset("Maximum number of prefixes reached");
                dropSecondary();
                primary.sendNotification(new NotificationMessage(ErrorCodes.CEASE, ErrorCodes.CEASE_MAX_PREFIX,
                        MaxPrefixGuard.notificationData(f.afi(), f.safi(), max.limit())));
                primary.fire(new FsmEvent.TcpConnectionFails());
                idleHold.cancel();
                if (max.restartMinutes() > 0) {
                    prefixRestart.start(max.restartMinutes() * 60_000L);
                }
            }
        }
    }

    private String exceeded(AddressFamily f, int count, BgpNeighborPolicy.MaxPrefix max) {
        return "%MAXPFXEXCEED: No. of " + f + " prefix received from " + name + " " + count + " exceed, limit " + max.limit();
    }

    /** `maximum-prefix ... restart M` ran out: the peer may come up again. */
    private void prefixRestartExpired() {
        prefixOverflow = false;
        LOG.log(System.Logger.Level.INFO, name + ": maximum-prefix restart timer expired, restarting the session");
        start();
    }

    /** `clear bgp X`: a session held down by maximum-prefix may come up again. */
    void clearPrefixOverflow() {
        prefixRestart.cancel();
        if (prefixOverflow) {
            prefixOverflow = false;
            start();
        }
    }

    /** Whether the session is held down because the peer sent more prefixes than allowed. */
    public boolean prefixOverflow() {
        return prefixOverflow;
    }

    /** How many times maximum-prefix tore the session down. */
    public int maxPrefixOverflows() {
        return maxPrefixOverflows;
    }

    /** A received route, through the neighbor's inbound policy into the Loc-RIB (or out of it, when denied). */
    private void announce(AddressFamily f, Prefix p, PathAttributes attrs, byte[] nextHop) {
        RibTable rib = router.rib(f);
        int[] acc = accepted.get(f);
        if (rib == null || acc == null) {
            return;
        }
        BgpPath path = router.importPolicy(this, f, p, new BgpPath(source, attrs, nextHop, 0, LocalOrigin.NONE,
                router.nextArrival(), System.currentTimeMillis()));
        if (path == null) {
            reject(f, p, true);
            return;
        }
        router.trackNexthop(path.nextHopBytes());
        if (rib.update(p, path)) {
            acc[0]++;
        }
    }

    /** A VPN route: keyed by (RD, prefix) in the VPN table, its label kept on the path (RFC 4364 4.3.4). */
    private void announceVpn(AddressFamily f, VpnPrefix v, PathAttributes attrs, byte[] nextHop) {
        VpnTable rib = router.vpnRib(f);
        Set<Nlri> acc = acceptedVpn.get(f);
        if (rib == null || acc == null) {
            return;
        }
        acc.add(VpnPrefix.withdrawal(v.rd(), v.prefix()));
        router.trackNexthop(nextHop);
        rib.update(v.rd(), v.prefix(), new BgpPath(source, attrs, nextHop, 0, LocalOrigin.NONE,
                router.nextArrival(), System.currentTimeMillis(), v.label()));
    }

    private void withdrawVpn(AddressFamily f, VpnPrefix v) {
        VpnTable rib = router.vpnRib(f);
        Set<Nlri> acc = acceptedVpn.get(f);
        if (rib == null || acc == null) {
            return;
        }
        if (acc.remove(VpnPrefix.withdrawal(v.rd(), v.prefix()))) {
            rib.withdraw(v.rd(), v.prefix(), source);
        }
    }

    private void reject(AddressFamily f, Prefix p, boolean byPolicy) {
        withdraw(f, p);
        if (byPolicy) {
            filtered.merge(f, 1, Integer::sum);
        }
    }

    private void withdraw(AddressFamily f, Prefix p) {
        RibTable rib = router.rib(f);
        int[] acc = accepted.get(f);
        if (rib == null || acc == null) {
            return;
        }
        if (rib.withdraw(p, source)) {
            acc[0]--;
        }
    }

    private static boolean containsAs(AsPath path, long as) {
        if (path == null) {
            return false;
        }
        for (AsPathSegment s : path.segments()) {
            for (int i = 0; i < s.size(); i++) {
                if (Integer.toUnsignedLong(s.asn(i)) == as) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUnspecified(byte[] a) {
        for (byte b : a) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** ROUTE-REFRESH from the peer: send the family's whole Adj-RIB-Out again. */
    void routeRefreshRequested(AddressFamily f) {
        AdjRibOut o = out.get(f);
        if (o != null) {
            o.forgetSent();
            router.readvertise(this, f);
            sendEndOfRib(f);
        }
    }

    /** Asks the peer for its routes of {@code f} again; false when it cannot (no session, no route refresh). */
    boolean requestRefresh(AddressFamily f) {
        if (!isEstablished() || primary.peerOpen().capability(RouteRefreshCapability.class) == null
                || !primary.negotiated().families().contains(f)) {
            return false;
        }
        primary.send(RouteRefreshMessage.request(f));
        return true;
    }

    /** `clear bgp X soft in`: ask the peer for its routes again (when it supports route refresh). */
    boolean requestRefresh() {
        if (!isEstablished() || primary.peerOpen().capability(RouteRefreshCapability.class) == null) {
            return false;
        }
        for (AddressFamily f : primary.negotiated().families()) {
            primary.send(RouteRefreshMessage.request(f));
        }
        return true;
    }

    /** `clear bgp X soft out`: send everything again. */
    void resendAll() {
        if (!isEstablished()) {
            return;
        }
        for (AddressFamily f : List.copyOf(out.keySet())) {
            routeRefreshRequested(f);
        }
    }

    /** Sends what is pending in every family. */
    void flush() {
        if (!isEstablished() || primary.link() == null) {
            return;
        }
        BgpTransport.TcpLink link = primary.link();
        int n = 0;
        for (AdjRibOut o : out.values()) {
            n += o.flush(primary.codec(), link::write);
        }
        if (n > 0) {
            long[] c = messages.computeIfAbsent(MessageType.UPDATE, k -> new long[2]);
            c[1] += n;
            link.flush();
        }
    }

    AdjRibOut adjOut(AddressFamily f) {
        return out.get(f);
    }

    // ---- counters and state for show commands --------------------------------------------------------------

    void counted(int type, boolean sent) {
        messages.computeIfAbsent(type, k -> new long[2])[sent ? 1 : 0]++;
    }

    void notificationSent(NotificationMessage n) {
        lastNotification = n;
        lastNotificationSent = true;
        lastReset("Notification sent (" + n.description() + ")");
    }

    void notificationReceived(NotificationMessage n) {
        lastNotification = n;
        lastNotificationSent = false;
        String why = n.description();
        byte[] d = n.data();
        if (n.code() == ErrorCodes.CEASE && n.subcode() == ErrorCodes.CEASE_HARD_RESET && d.length >= 2) {
            why += " (" + new NotificationMessage(d[0] & 0xff, d[1] & 0xff, null).description() + ")";
        }
        lastReset("Notification received (" + why + ")");
    }

    void lastReset(String why) {
        this.lastReset = why;
    }

    void connectRetryCounter(boolean reset) {
        connectRetries = reset ? 0 : connectRetries + 1;
    }

    public BgpState state() {
        return primary.state();
    }

    public boolean isEstablished() {
        return primary.state() == BgpState.ESTABLISHED && source != null;
    }

    /** The path source of the current session, or null when not Established. */
    public PathSource source() {
        return source;
    }

    public long messagesReceived() {
        long n = 0;
        for (long[] c : messages.values()) {
            n += c[0];
        }
        return n;
    }

    public long messagesSent() {
        long n = 0;
        for (long[] c : messages.values()) {
            n += c[1];
        }
        return n;
    }

    /** Received [0] and sent [1] messages of one type. */
    public long[] messageCount(int type) {
        long[] c = messages.get(type);
        return c == null ? new long[2] : c.clone();
    }

    public int establishedCount() {
        return established;
    }

    public int droppedCount() {
        return dropped;
    }

    /** When the session came up (Established) or went down, by the state now. */
    public long upOrDownSinceMillis() {
        return isEstablished() ? upSinceMillis : downSinceMillis;
    }

    public String lastResetReason() {
        return lastReset;
    }

    public NotificationMessage lastNotification() {
        return lastNotification;
    }

    public boolean lastNotificationSent() {
        return lastNotificationSent;
    }

    /** Prefixes accepted from the peer in a family (FRR's PfxRcd). */
    public int acceptedCount(AddressFamily f) {
        if (f.isVpn()) {
            Set<Nlri> s = acceptedVpn.get(f);
            return s == null ? 0 : s.size();
        }
        int[] n = accepted.get(f);
        return n == null ? 0 : n[0];
    }

    public int filteredCount(AddressFamily f) {
        return filtered.getOrDefault(f, 0);
    }

    public int sentCount(AddressFamily f) {
        AdjRibOut o = out.get(f);
        return o == null ? 0 : o.sentCount();
    }

    public boolean negotiated(AddressFamily f) {
        return isEstablished() && primary.negotiated().families().contains(f);
    }

    public boolean endOfRibReceived(AddressFamily f) {
        return eorReceived.contains(f);
    }

    public SessionParams sessionParams() {
        return params;
    }

    /** The peer's OPEN on the current connection, or null. */
    public OpenMessage peerOpen() {
        return primary.peerOpen();
    }

    public String peerHostname() {
        OpenMessage o = primary.peerOpen();
        return o == null ? null : OpenFactory.hostname(o);
    }

    /** Our end of the session's TCP connection, or null. */
    public InetSocketAddress localSocket() {
        BgpTransport.TcpLink l = primary.link();
        return l == null ? null : l.local();
    }

    public InetSocketAddress remoteSocketNow() {
        BgpTransport.TcpLink l = primary.link();
        return l == null ? null : l.remote();
    }

    public int holdSeconds() {
        return primary.holdSeconds();
    }

    public int keepaliveSeconds() {
        return primary.keepaliveSeconds();
    }

    public int connectRetries() {
        return connectRetries;
    }

    /**
     * Our address on the session for routes of {@code f} (the next hop we advertise), or null. VPN-IPv6 over an
     * IPv4 session gets the IPv4-mapped address, as FRR sends it (RFC 4659 section 3.2.1.1).
     */
    byte[] selfNextHop(AddressFamily f) {
        InetSocketAddress l = localSocket();
        if (l == null) {
            return null;
        }
        byte[] a = l.getAddress().getAddress();
        int want = f.afi() == AddressFamily.AFI_IPV4 ? 4 : 16;
        if (f.isVpn() && want == 16 && a.length == 4) {
            return VpnNexthops.mapped(a);
        }
        return a.length == want ? a : null;
    }

    /** Parses an update-source address; null for none or an interface name (see {@link InterfaceAddresses}). */
    static InetAddress sourceAddress(String updateSource) {
        if (updateSource == null || !(updateSource.contains(".") || updateSource.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByAddress(IpAddresses.parse(updateSource));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

}
