package dev.ferry.bgpd.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.bgpd.fsm.FsmAction.ProcessUpdate;
import dev.ferry.bgpd.fsm.FsmAction.SendNotification;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place where state changes: a full session life and the listener's view of it. */
class PeerFsmTest {
    private final List<String> changes = new ArrayList<>();
    private final PeerFsm fsm = new PeerFsm((from, to, cause) -> changes.add(
            from.displayName() + ">" + to.displayName() + "#" + cause.number()));

    @Test
    void startsIdle() {
        assertEquals(BgpState.IDLE, fsm.state());
    }

    @Test
    void sessionComesUpCarriesUpdatesAndExpires() {
        fsm.fire(new FsmEvent.ManualStart());
        fsm.fire(new FsmEvent.TcpConnectionFails());
        fsm.fire(new FsmEvent.ManualStart());
        fsm.fire(new FsmEvent.TcpCrAcked());
        fsm.fire(new FsmEvent.BgpOpen(new NegotiatedTimers(9, 3)));
        fsm.fire(new FsmEvent.KeepAliveMsg());
        assertEquals(BgpState.ESTABLISHED, fsm.state());

        UpdateMessage update = UpdateMessage.endOfRibIpv4();
        assertEquals(List.of(new ProcessUpdate(update), new FsmAction.RestartHoldTimer()),
                fsm.fire(new FsmEvent.UpdateMsg(update)));
        fsm.fire(new FsmEvent.KeepaliveTimerExpires());
        List<FsmAction> down = fsm.fire(new FsmEvent.HoldTimerExpires());

        assertEquals(new SendNotification(4, 0), down.getFirst());
        assertEquals(BgpState.IDLE, fsm.state());
        assertEquals(List.of("Idle>Connect#1", "Connect>Idle#18", "Idle>Connect#1", "Connect>OpenSent#16",
                "OpenSent>OpenConfirm#19", "OpenConfirm>Established#26", "Established>Idle#10"), changes);
    }

    @Test
    void listenerIsNotToldOfSelfTransitions() {
        fsm.fire(new FsmEvent.ManualStartPassive());
        fsm.fire(new FsmEvent.ManualStart());
        fsm.fire(new FsmEvent.TcpConnectionConfirmed());
        fsm.fire(new FsmEvent.TcpConnectionFails());
        fsm.fire(new FsmEvent.ConnectRetryTimerExpires());
        fsm.fire(new FsmEvent.ConnectRetryTimerExpires());
        assertEquals(BgpState.CONNECT, fsm.state());
        assertEquals(List.of("Idle>Active#4", "Active>OpenSent#17", "OpenSent>Active#18", "Active>Connect#9"),
                changes);
    }

    @Test
    void updateBeforeEstablishedIsFsmErrorOfTheState() {
        fsm.fire(new FsmEvent.ManualStart());
        fsm.fire(new FsmEvent.TcpCrAcked());
        fsm.fire(new FsmEvent.BgpOpen(new NegotiatedTimers(90, 30)));
        List<FsmAction> actions = fsm.fire(new FsmEvent.UpdateMsg(UpdateMessage.endOfRibIpv4()));
        SendNotification notification = (SendNotification) actions.getFirst();
        assertEquals("Neighbor Events Error/Receive Unexpected Message in OpenConfirm State",
                ErrorCodes.codeName(notification.code())
                        + ErrorCodes.subcodeName(notification.code(), notification.subcode()));
        assertEquals(BgpState.IDLE, fsm.state());
    }

    @Test
    void showNamesAreFrrs() {
        assertEquals(List.of("Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established"),
                Arrays.stream(BgpState.values()).map(BgpState::displayName).toList());
    }
}
