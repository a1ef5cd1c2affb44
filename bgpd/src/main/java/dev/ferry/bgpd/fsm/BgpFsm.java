package dev.ferry.bgpd.fsm;

import dev.ferry.bgpd.fsm.FsmAction.DeleteRoutes;
import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.IncrementConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.InitiateTcp;
import dev.ferry.bgpd.fsm.FsmAction.ProcessUpdate;
import dev.ferry.bgpd.fsm.FsmAction.ReleaseResources;
import dev.ferry.bgpd.fsm.FsmAction.ResetConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.RestartHoldTimer;
import dev.ferry.bgpd.fsm.FsmAction.RestartKeepaliveTimer;
import dev.ferry.bgpd.fsm.FsmAction.SendKeepalive;
import dev.ferry.bgpd.fsm.FsmAction.SendNotification;
import dev.ferry.bgpd.fsm.FsmAction.SendOpen;
import dev.ferry.bgpd.fsm.FsmAction.StartConnectRetryTimer;
import dev.ferry.bgpd.fsm.FsmAction.StartHoldTimer;
import dev.ferry.bgpd.fsm.FsmAction.StartKeepaliveTimer;
import dev.ferry.bgpd.fsm.FsmAction.StopConnectRetryTimer;
import dev.ferry.bgpd.fsm.FsmAction.StopHoldTimer;
import dev.ferry.bgpd.fsm.FsmEvent.BgpHeaderErr;
import dev.ferry.bgpd.fsm.FsmEvent.BgpOpen;
import dev.ferry.bgpd.fsm.FsmEvent.BgpOpenMsgErr;
import dev.ferry.bgpd.fsm.FsmEvent.ConnectRetryTimerExpires;
import dev.ferry.bgpd.fsm.FsmEvent.HoldTimerExpires;
import dev.ferry.bgpd.fsm.FsmEvent.KeepAliveMsg;
import dev.ferry.bgpd.fsm.FsmEvent.KeepaliveTimerExpires;
import dev.ferry.bgpd.fsm.FsmEvent.ManualStart;
import dev.ferry.bgpd.fsm.FsmEvent.ManualStartPassive;
import dev.ferry.bgpd.fsm.FsmEvent.ManualStop;
import dev.ferry.bgpd.fsm.FsmEvent.NotifMsg;
import dev.ferry.bgpd.fsm.FsmEvent.NotifMsgVerErr;
import dev.ferry.bgpd.fsm.FsmEvent.OpenCollisionDump;
import dev.ferry.bgpd.fsm.FsmEvent.TcpConnectionConfirmed;
import dev.ferry.bgpd.fsm.FsmEvent.TcpConnectionFails;
import dev.ferry.bgpd.fsm.FsmEvent.TcpCrAcked;
import dev.ferry.bgpd.fsm.FsmEvent.UpdateMsg;
import dev.ferry.bgpd.fsm.FsmEvent.UpdateMsgErr;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The BGP peer FSM of RFC 4271 section 8.2.2 as a pure function of (state, event), with the optional session
 * attributes FALSE (no DelayOpen, no damping, no NOTIFICATION without OPEN). Deliberate choices where the RFC
 * leaves room, matching FRR 8.4 (bgpd/bgp_fsm.c, FSM table):
 * <ul>
 * <li>Idle closes a connection that arrives anyway instead of leaving it open.</li>
 * <li>OpenSent stops its 4-minute HoldTimer when falling back to Active, so it cannot fire there.</li>
 * <li>Unexpected messages and timers in OpenSent, OpenConfirm and Established send FSM Error with the RFC 6608
 * subcode of the state, including a NOTIFICATION received in OpenSent (RFC 4271 lists event 25 there).</li>
 * <li>A header error in Established sends its own NOTIFICATION (section 6.1), an OPEN error sends FSM Error.</li>
 * <li>An OPEN on a connection already in OpenConfirm is a duplicate: FSM Error. Collisions between two
 * connections arrive as {@link OpenCollisionDump}, also in Established (CollisionDetectEstablishedState).</li>
 * </ul>
 * Second connections (events 16/17 in OpenSent and later) are tracked by the runtime with an FSM of their own.
 */
public final class BgpFsm {
    /** "a large value" for the HoldTimer while waiting for the peer's OPEN (RFC 4271 section 8.2.2: 4 minutes). */
    public static final int LARGE_HOLD_SECONDS = 240;

    private BgpFsm() {
    }

    public static Transition next(BgpState state, FsmEvent event) {
        return switch (state) {
            case IDLE -> idle(event);
            case CONNECT -> connect(event);
            case ACTIVE -> active(event);
            case OPEN_SENT -> openSent(event);
            case OPEN_CONFIRM -> openConfirm(event);
            case ESTABLISHED -> established(event);
        };
    }

    private static Transition idle(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.CONNECT,
                    new ResetConnectRetryCounter(), new StartConnectRetryTimer(), new InitiateTcp());
            case ManualStartPassive s -> Transition.to(BgpState.ACTIVE,
                    new ResetConnectRetryCounter(), new StartConnectRetryTimer());
            case TcpCrAcked e -> Transition.to(BgpState.IDLE, new DropTcp());
            case TcpConnectionConfirmed e -> Transition.to(BgpState.IDLE, new DropTcp());
            default -> Transition.to(BgpState.IDLE);
        };
    }

    private static Transition connect(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.CONNECT);
            case ManualStartPassive s -> Transition.to(BgpState.CONNECT);
            case ManualStop s -> Transition.to(BgpState.IDLE,
                    new DropTcp(), new ReleaseResources(), new ResetConnectRetryCounter(), new StopConnectRetryTimer());
            case ConnectRetryTimerExpires e -> Transition.to(BgpState.CONNECT,
                    new DropTcp(), new StartConnectRetryTimer(), new InitiateTcp());
            case TcpCrAcked e -> sendOpen();
            case TcpConnectionConfirmed e -> sendOpen();
            case TcpConnectionFails e -> Transition.to(BgpState.IDLE,
                    new StopConnectRetryTimer(), new DropTcp(), new ReleaseResources());
            default -> giveUpWithoutSession();
        };
    }

    private static Transition active(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.ACTIVE);
            case ManualStartPassive s -> Transition.to(BgpState.ACTIVE);
            case ManualStop s -> Transition.to(BgpState.IDLE,
                    new ReleaseResources(), new DropTcp(), new ResetConnectRetryCounter(), new StopConnectRetryTimer());
            case ConnectRetryTimerExpires e -> Transition.to(BgpState.CONNECT,
                    new StartConnectRetryTimer(), new InitiateTcp());
            case TcpCrAcked e -> sendOpen();
            case TcpConnectionConfirmed e -> sendOpen();
            // RFC 4271 restarts the ConnectRetryTimer here although Idle ignores its expiry.
            case TcpConnectionFails e -> Transition.to(BgpState.IDLE,
                    new StartConnectRetryTimer(), new ReleaseResources(), new IncrementConnectRetryCounter());
            default -> giveUpWithoutSession();
        };
    }

    private static Transition openSent(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.OPEN_SENT);
            case ManualStartPassive s -> Transition.to(BgpState.OPEN_SENT);
            case ManualStop s -> adminStop(false);
            case HoldTimerExpires e -> notifyAndClose(holdTimerExpired(), false);
            case TcpCrAcked e -> Transition.to(BgpState.OPEN_SENT);
            case TcpConnectionConfirmed e -> Transition.to(BgpState.OPEN_SENT);
            case TcpConnectionFails e -> Transition.to(BgpState.ACTIVE,
                    new StopHoldTimer(), new DropTcp(), new StartConnectRetryTimer());
            case BgpOpen open -> openAccepted(open.timers());
            case BgpHeaderErr e -> notifyAndClose(notification(e.error()), false);
            case BgpOpenMsgErr e -> notifyAndClose(notification(e.error()), false);
            case OpenCollisionDump e -> notifyAndClose(collision(), false);
            case NotifMsgVerErr e -> closeQuietly(false, false);
            default -> notifyAndClose(fsmError(ErrorCodes.FSM_UNEXPECTED_IN_OPENSENT), false);
        };
    }

    private static Transition openConfirm(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.OPEN_CONFIRM);
            case ManualStartPassive s -> Transition.to(BgpState.OPEN_CONFIRM);
            case ManualStop s -> adminStop(false);
            case HoldTimerExpires e -> notifyAndClose(holdTimerExpired(), false);
            case KeepaliveTimerExpires e -> Transition.to(BgpState.OPEN_CONFIRM,
                    new SendKeepalive(), new RestartKeepaliveTimer());
            case TcpCrAcked e -> Transition.to(BgpState.OPEN_CONFIRM);
            case TcpConnectionConfirmed e -> Transition.to(BgpState.OPEN_CONFIRM);
            case TcpConnectionFails e -> closeQuietly(false, true);
            case NotifMsg e -> closeQuietly(false, true);
            case NotifMsgVerErr e -> closeQuietly(false, false);
            case BgpHeaderErr e -> notifyAndClose(notification(e.error()), false);
            case BgpOpenMsgErr e -> notifyAndClose(notification(e.error()), false);
            case OpenCollisionDump e -> notifyAndClose(collision(), false);
            case KeepAliveMsg e -> Transition.to(BgpState.ESTABLISHED, new RestartHoldTimer());
            default -> notifyAndClose(fsmError(ErrorCodes.FSM_UNEXPECTED_IN_OPENCONFIRM), false);
        };
    }

    private static Transition established(FsmEvent event) {
        return switch (event) {
            case ManualStart s -> Transition.to(BgpState.ESTABLISHED);
            case ManualStartPassive s -> Transition.to(BgpState.ESTABLISHED);
            case ManualStop s -> adminStop(true);
            case HoldTimerExpires e -> notifyAndClose(holdTimerExpired(), true);
            case KeepaliveTimerExpires e -> Transition.to(BgpState.ESTABLISHED,
                    new SendKeepalive(), new RestartKeepaliveTimer());
            case TcpCrAcked e -> Transition.to(BgpState.ESTABLISHED);
            case TcpConnectionConfirmed e -> Transition.to(BgpState.ESTABLISHED);
            case TcpConnectionFails e -> closeQuietly(true, true);
            case NotifMsgVerErr e -> closeQuietly(true, true);
            case NotifMsg e -> closeQuietly(true, true);
            case OpenCollisionDump e -> notifyAndClose(collision(), true);
            case KeepAliveMsg e -> Transition.to(BgpState.ESTABLISHED, new RestartHoldTimer());
            case UpdateMsg u -> Transition.to(BgpState.ESTABLISHED,
                    new ProcessUpdate(u.update()), new RestartHoldTimer());
            case UpdateMsgErr e -> notifyAndClose(notification(e.error()), true);
            case BgpHeaderErr e -> notifyAndClose(notification(e.error()), true);
            default -> notifyAndClose(fsmError(ErrorCodes.FSM_UNEXPECTED_IN_ESTABLISHED), true);
        };
    }

    /** Connect/Active, 16-17: the connection is up, OPEN goes out, the peer has 4 minutes to answer. */
    private static Transition sendOpen() {
        return Transition.to(BgpState.OPEN_SENT,
                new StopConnectRetryTimer(), new SendOpen(), new StartHoldTimer(LARGE_HOLD_SECONDS));
    }

    /** OpenSent, 19: answer with KEEPALIVE and run the negotiated timers (none when the hold time is 0). */
    private static Transition openAccepted(NegotiatedTimers timers) {
        List<FsmAction> actions = new ArrayList<>();
        actions.add(new StopConnectRetryTimer());
        actions.add(new SendKeepalive());
        if (timers.disabled()) {
            actions.add(new StopHoldTimer());
        } else {
            actions.add(new StartKeepaliveTimer(timers.keepaliveSeconds()));
            actions.add(new StartHoldTimer(timers.holdSeconds()));
        }
        return new Transition(BgpState.OPEN_CONFIRM, actions);
    }

    /** Connect/Active, "any other event": no session yet, so no NOTIFICATION. */
    private static Transition giveUpWithoutSession() {
        return Transition.to(BgpState.IDLE, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp(),
                new IncrementConnectRetryCounter());
    }

    private static Transition adminStop(boolean established) {
        List<FsmAction> actions = new ArrayList<>();
        actions.add(new SendNotification(ErrorCodes.CEASE, ErrorCodes.CEASE_ADMIN_SHUTDOWN));
        actions.add(new StopConnectRetryTimer());
        if (established) {
            actions.add(new DeleteRoutes());
        }
        actions.add(new ReleaseResources());
        actions.add(new DropTcp());
        actions.add(new ResetConnectRetryCounter());
        return new Transition(BgpState.IDLE, actions);
    }

    private static Transition notifyAndClose(SendNotification notification, boolean established) {
        List<FsmAction> actions = new ArrayList<>();
        actions.add(notification);
        actions.addAll(closeQuietly(established, true).actions());
        return new Transition(BgpState.IDLE, actions);
    }

    private static Transition closeQuietly(boolean established, boolean countFailure) {
        List<FsmAction> actions = new ArrayList<>();
        actions.add(new StopConnectRetryTimer());
        if (established) {
            actions.add(new DeleteRoutes());
        }
        actions.add(new ReleaseResources());
        actions.add(new DropTcp());
        if (countFailure) {
            actions.add(new IncrementConnectRetryCounter());
        }
        return new Transition(BgpState.IDLE, actions);
    }

    private static SendNotification notification(BgpError error) {
        return new SendNotification(error.code(), error.subcode(), error.data());
    }

    private static SendNotification holdTimerExpired() {
        return new SendNotification(ErrorCodes.HOLD_TIMER_EXPIRED, ErrorCodes.UNSPECIFIC);
    }

    private static SendNotification collision() {
        return new SendNotification(ErrorCodes.CEASE, ErrorCodes.CEASE_COLLISION_RESOLUTION);
    }

    private static SendNotification fsmError(int subcode) {
        return new SendNotification(ErrorCodes.FSM_ERROR, subcode);
    }
}
