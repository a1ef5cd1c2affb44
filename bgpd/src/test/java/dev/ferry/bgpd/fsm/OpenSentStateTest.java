package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.FsmFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.IncrementConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.ReleaseResources;
import dev.ferry.bgpd.fsm.FsmAction.ResetConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.SendKeepalive;
import dev.ferry.bgpd.fsm.FsmAction.SendNotification;
import dev.ferry.bgpd.fsm.FsmAction.StartConnectRetryTimer;
import dev.ferry.bgpd.fsm.FsmAction.StartHoldTimer;
import dev.ferry.bgpd.fsm.FsmAction.StartKeepaliveTimer;
import dev.ferry.bgpd.fsm.FsmAction.StopConnectRetryTimer;
import dev.ferry.bgpd.fsm.FsmAction.StopHoldTimer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** RFC 4271 section 8.2.2, OpenSent: waiting for the peer's OPEN; anything unexpected is FSM Error 5/1. */
class OpenSentStateTest {
    private static Transition close(FsmAction notification, boolean count) {
        return count
                ? to(BgpState.IDLE, notification, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp(),
                        new IncrementConnectRetryCounter())
                : to(BgpState.IDLE, notification, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp());
    }

    @TestFactory
    Stream<DynamicTest> openSentRow() {
        Transition fsmError = close(new SendNotification(5, 1), true);
        Map<FsmEvent, Transition> row = new HashMap<>();
        for (FsmEvent e : ALL_EVENTS) {
            row.put(e, fsmError);
        }
        row.put(MANUAL_START, to(BgpState.OPEN_SENT));
        row.put(MANUAL_START_PASSIVE, to(BgpState.OPEN_SENT));
        row.put(MANUAL_STOP, to(BgpState.IDLE, new SendNotification(6, 2), new StopConnectRetryTimer(),
                new ReleaseResources(), new DropTcp(), new ResetConnectRetryCounter()));
        row.put(HOLD_EXPIRES, close(new SendNotification(4, 0), true));
        row.put(TCP_CR_ACKED, to(BgpState.OPEN_SENT));
        row.put(TCP_CONFIRMED, to(BgpState.OPEN_SENT));
        row.put(TCP_FAILS, to(BgpState.ACTIVE, new StopHoldTimer(), new DropTcp(), new StartConnectRetryTimer()));
        row.put(BGP_OPEN, to(BgpState.OPEN_CONFIRM, new StopConnectRetryTimer(), new SendKeepalive(),
                new StartKeepaliveTimer(30), new StartHoldTimer(90)));
        row.put(HEADER_ERR, close(new SendNotification(1, 2, new byte[] {0x00, 0x10}), true));
        row.put(OPEN_MSG_ERR, close(new SendNotification(2, 2, new byte[] {(byte) 0xfd, (byte) 0xe9}), true));
        row.put(COLLISION_DUMP, close(new SendNotification(6, 7), true));
        row.put(NOTIF_VER_ERR, to(BgpState.IDLE, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp()));
        return FsmFixtures.row(BgpState.OPEN_SENT, row);
    }

    @Test
    void zeroHoldTimeRunsNoTimers() {
        Transition t = BgpFsm.next(BgpState.OPEN_SENT, new FsmEvent.BgpOpen(new NegotiatedTimers(0, 0)));
        assertEquals(to(BgpState.OPEN_CONFIRM, new StopConnectRetryTimer(), new SendKeepalive(), new StopHoldTimer()),
                t);
    }
}
