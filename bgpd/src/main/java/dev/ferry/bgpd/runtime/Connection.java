package dev.ferry.bgpd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.bgpd.capability.GracefulRestartCapability;
import dev.ferry.bgpd.fsm.BgpState;
import dev.ferry.bgpd.fsm.FsmAction;
import dev.ferry.bgpd.fsm.FsmEvent;
import dev.ferry.bgpd.fsm.PeerFsm;
import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.message.DecodeResult;
import dev.ferry.bgpd.message.KeepaliveMessage;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.MessageType;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.message.RouteRefreshMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.List;

/**
 * One TCP connection of a peer and its FSM ({@link PeerFsm}): turns socket events, received messages and timer
 * expiries into FSM events, and performs the actions the FSM returns. A peer has one such connection, and a
 * second one while a collision is being resolved (RFC 4271 section 6.8). Runs on the daemon's loop.
 */
final class Connection implements BgpTransport.LinkListener {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    private final Peer peer;
    private final PeerFsm fsm;
    private final LoopTimer connectRetry;
    private final LoopTimer hold;
    private final LoopTimer keepalive;
    private BgpTransport.TcpLink link;
    private boolean outgoing;
    private int holdSeconds;
    private int keepaliveSeconds;
    private OpenMessage peerOpen;
    private OpenCheck.Accepted negotiated;
    private CodecContext codec = new CodecContext(true, true, false);
    private DecodeResult pendingUpdate;

    Connection(Peer peer) {
        this.peer = peer;
        this.fsm = new PeerFsm((from, to, cause) -> peer.stateChanged(this, from, to, cause));
        this.connectRetry = new LoopTimer(peer.loop(), () -> fire(new FsmEvent.ConnectRetryTimerExpires()));
        this.hold = new LoopTimer(peer.loop(), () -> fire(new FsmEvent.HoldTimerExpires()));
        this.keepalive = new LoopTimer(peer.loop(), () -> fire(new FsmEvent.KeepaliveTimerExpires()));
    }

    BgpState state() {
        return fsm.state();
    }

    boolean outgoing() {
        return outgoing;
    }

    BgpTransport.TcpLink link() {
        return link;
    }

    OpenMessage peerOpen() {
        return peerOpen;
    }

    OpenCheck.Accepted negotiated() {
        return negotiated;
    }

    CodecContext codec() {
        return codec;
    }

    int holdSeconds() {
        return holdSeconds;
    }

    int keepaliveSeconds() {
        return keepaliveSeconds;
    }

    long holdRemainingMillis() {
        return hold.remainingMillis();
    }

    long keepaliveRemainingMillis() {
        return keepalive.remainingMillis();
    }

    long connectRetryRemainingMillis() {
        return connectRetry.remainingMillis();
    }

    /** Takes an accepted connection (the peer connected to us). */
    void adopt(BgpTransport.TcpLink incoming) {
        if (link != null) {
            link.close();
        }
        link = incoming;
        outgoing = false;
        incoming.listener(this);
    }

    /** Applies an event and performs the FSM's actions in order. */
    void fire(FsmEvent event) {
        List<FsmAction> actions = fsm.fire(event);
        for (FsmAction a : actions) {
            perform(a);
        }
    }

    /** Sends a message now (KEEPALIVE, NOTIFICATION, ROUTE-REFRESH, End-of-RIB) and counts it. */
    void send(BgpMessage m) {
        if (link == null) {
            return;
        }
        link.send(MessageEncoder.encode(m, codec));
        peer.counted(m.type(), true);
    }

    /**
     * Sends a NOTIFICATION. With the N bit of graceful restart negotiated (RFC 8538), an administrative shutdown or
     * reset, or a maximum-prefix teardown, goes as a Hard Reset carrying it, as FRR does by default (`bgp hard-administrative-reset`): otherwise
     * the peer, as a graceful-restart helper, would keep our routes as stale for the restart time.
     */
    void sendNotification(NotificationMessage m) {
        NotificationMessage out = m;
        if (m.code() == ErrorCodes.CEASE && (m.subcode() == ErrorCodes.CEASE_ADMIN_SHUTDOWN
                || m.subcode() == ErrorCodes.CEASE_ADMIN_RESET || m.subcode() == ErrorCodes.CEASE_MAX_PREFIX)
                && notificationBitNegotiated()) {
            byte[] data = m.data();
            byte[] wrapped = new byte[data.length + 2];
            wrapped[0] = (byte) m.code();
            wrapped[1] = (byte) m.subcode();
            System.arraycopy(data, 0, wrapped, 2, data.length);
            out = new NotificationMessage(ErrorCodes.CEASE, ErrorCodes.CEASE_HARD_RESET, wrapped);
        }
        peer.notificationSent(m);
        send(out);
    }

    /** Both OPENs carry graceful restart with the N bit (ours always does). */
    private boolean notificationBitNegotiated() {
        if (peerOpen == null) {
            return false;
        }
        GracefulRestartCapability gr = peerOpen.capability(GracefulRestartCapability.class);
        return gr != null && (gr.restartFlags() & GracefulRestartCapability.NOTIFICATION) != 0;
    }

    private void perform(FsmAction a) {
        switch (a) {
            case FsmAction.SendOpen s -> send(peer.ourOpen());
            case FsmAction.SendKeepalive s -> send(KeepaliveMessage.INSTANCE);
            case FsmAction.SendNotification n -> sendNotification(
                    new NotificationMessage(n.code(), n.subcode(), n.data()));
            case FsmAction.StartConnectRetryTimer s -> connectRetry.start(peer.connectRetryMillis());
            case FsmAction.StopConnectRetryTimer s -> connectRetry.cancel();
            case FsmAction.StartHoldTimer s -> {
                holdSeconds = s.seconds();
                restart(hold, holdSeconds);
            }
            case FsmAction.RestartHoldTimer s -> restart(hold, holdSeconds);
            case FsmAction.StopHoldTimer s -> hold.cancel();
            case FsmAction.StartKeepaliveTimer s -> {
                keepaliveSeconds = s.seconds();
                restart(keepalive, keepaliveSeconds);
            }
            case FsmAction.RestartKeepaliveTimer s -> restart(keepalive, keepaliveSeconds);
            case FsmAction.InitiateTcp s -> connect();
            case FsmAction.DropTcp s -> drop();
            case FsmAction.ReleaseResources s -> {
                hold.cancel();
                keepalive.cancel();
            }
            case FsmAction.DeleteRoutes s -> peer.sessionDown(this);
            case FsmAction.IncrementConnectRetryCounter s -> peer.connectRetryCounter(false);
            case FsmAction.ResetConnectRetryCounter s -> peer.connectRetryCounter(true);
            case FsmAction.ProcessUpdate u -> {
                DecodeResult r = pendingUpdate;
                pendingUpdate = null;
                peer.processUpdate(u.update(), r == null ? ErrorAction.NONE : r.action());
            }
        }
    }

    private static void restart(LoopTimer t, int seconds) {
        if (seconds > 0) {
            t.start(seconds * 1000L);
        } else {
            t.cancel();
        }
    }

    private void connect() {
        drop();
        outgoing = true;
        link = peer.transport().connect(peer.remoteSocket(), peer.updateSourceAddress(), peer.password(),
                peer.connectTimeoutMillis(), this);
    }

    private void drop() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    /** Stops every timer and closes the socket without an FSM event (the peer is going away). */
    void dispose() {
        connectRetry.cancel();
        hold.cancel();
        keepalive.cancel();
        drop();
    }

    // ---- socket events ----------------------------------------------------------------------------------

    @Override
    public void connected(BgpTransport.TcpLink l) {
        if (l == link) {
            fire(new FsmEvent.TcpCrAcked());
        }
    }

    @Override
    public void connectFailed(BgpTransport.TcpLink l, String reason) {
        if (l == link) {
            LOG.log(System.Logger.Level.DEBUG, peer.name() + ": connect failed: " + reason);
            link = null;
            fire(new FsmEvent.TcpConnectionFails());
        }
    }

    @Override
    public void closed(BgpTransport.TcpLink l) {
        if (l == link) {
            link = null;
            peer.lastReset("Peer closed the session");
            fire(new FsmEvent.TcpConnectionFails());
        }
    }

    @Override
    public void received(BgpTransport.TcpLink l, byte[] bytes) {
        if (l != link) {
            return;
        }
        int type = bytes.length >= MessageType.HEADER_LENGTH ? bytes[18] & 0xff : -1;
        DecodeResult r = MessageDecoder.decode(bytes, codec);
        peer.counted(type, false);
        if (r.isSessionReset() || r.action() == ErrorAction.AFI_SAFI_DISABLE) {
            BgpError e = r.cause();
            LOG.log(System.Logger.Level.WARNING, peer.name() + ": bad message: " + e);
            peer.lastReset("Error in received message: " + e.codeText());
            if (e.code() == ErrorCodes.MESSAGE_HEADER_ERROR) {
                fire(new FsmEvent.BgpHeaderErr(e));
            } else if (type == MessageType.OPEN) {
                fire(new FsmEvent.BgpOpenMsgErr(e));
            } else if (type == MessageType.UPDATE) {
                fire(new FsmEvent.UpdateMsgErr(e));
            } else {
                fire(new FsmEvent.BgpHeaderErr(e));
            }
            return;
        }
        switch (r.message()) {
            case OpenMessage open -> receivedOpen(open);
            case KeepaliveMessage k -> fire(new FsmEvent.KeepAliveMsg());
            case NotificationMessage n -> {
                peer.notificationReceived(n);
                fire(n.code() == ErrorCodes.OPEN_MESSAGE_ERROR && n.subcode() == ErrorCodes.OPEN_UNSUPPORTED_VERSION
                        ? new FsmEvent.NotifMsgVerErr() : new FsmEvent.NotifMsg());
            }
            case UpdateMessage u -> {
                if (!r.errors().isEmpty()) {
                    LOG.log(System.Logger.Level.WARNING, peer.name() + ": UPDATE faults " + r.errors());
                }
                pendingUpdate = r;
                fire(new FsmEvent.UpdateMsg(u));
            }
            case RouteRefreshMessage rr -> {
                if (fsm.state() == BgpState.ESTABLISHED) {
                    restart(hold, holdSeconds);
                    if (rr.isKnownSubtype() && rr.subtype() == RouteRefreshMessage.NORMAL) {
                        peer.routeRefreshRequested(rr.family());
                    }
                }
            }
        }
    }

    private void receivedOpen(OpenMessage open) {
        OpenCheck.Result check = OpenCheck.check(open, peer.params());
        if (check instanceof OpenCheck.Rejected rej) {
            LOG.log(System.Logger.Level.WARNING, peer.name() + ": OPEN refused: " + rej.error());
            peer.lastReset("Error in received OPEN: " + rej.error().codeText());
            fire(new FsmEvent.BgpOpenMsgErr(rej.error()));
            return;
        }
        OpenCheck.Accepted ok = (OpenCheck.Accepted) check;
        peerOpen = open;
        negotiated = ok;
        if (fsm.state() != BgpState.OPEN_SENT) {
            fire(new FsmEvent.BgpOpen(ok.timers()));
            return;
        }
        if (peer.resolveCollision(this, open)) {
            codec = ok.codec();
            fire(new FsmEvent.BgpOpen(ok.timers()));
        }
    }

    @Override
    public String toString() {
        return peer.name() + " " + (outgoing ? "out" : "in") + " " + fsm.state().displayName();
    }
}
