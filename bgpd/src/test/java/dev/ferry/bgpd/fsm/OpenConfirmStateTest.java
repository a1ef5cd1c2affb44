package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.FsmFixtures.*;

import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.IncrementConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.ReleaseResources;
import dev.ferry.bgpd.fsm.FsmAction.ResetConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.RestartHoldTimer;
import dev.ferry.bgpd.fsm.FsmAction.RestartKeepaliveTimer;
import dev.ferry.bgpd.fsm.FsmAction.SendKeepalive;
import dev.ferry.bgpd.fsm.FsmAction.SendNotification;
import dev.ferry.bgpd.fsm.FsmAction.StopConnectRetryTimer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** RFC 4271 section 8.2.2, OpenConfirm: waiting for the KEEPALIVE; anything unexpected is FSM Error 5/2. */
class OpenConfirmStateTest {
    private static Transition close(FsmAction notification) {
        return to(BgpState.IDLE, notification, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp(),
                new IncrementConnectRetryCounter());
    }

    @TestFactory
    Stream<DynamicTest> openConfirmRow() {
        Map<FsmEvent, Transition> row = new HashMap<>();
        for (FsmEvent e : ALL_EVENTS) {
            row.put(e, close(new SendNotification(5, 2)));
        }
        row.put(MANUAL_START, to(BgpState.OPEN_CONFIRM));
        row.put(MANUAL_START_PASSIVE, to(BgpState.OPEN_CONFIRM));
        row.put(MANUAL_STOP, to(BgpState.IDLE, new SendNotification(6, 2), new StopConnectRetryTimer(),
                new ReleaseResources(), new DropTcp(), new ResetConnectRetryCounter()));
        row.put(HOLD_EXPIRES, close(new SendNotification(4, 0)));
        row.put(KEEPALIVE_EXPIRES, to(BgpState.OPEN_CONFIRM, new SendKeepalive(), new RestartKeepaliveTimer()));
        row.put(TCP_CR_ACKED, to(BgpState.OPEN_CONFIRM));
        row.put(TCP_CONFIRMED, to(BgpState.OPEN_CONFIRM));
        Transition quiet = to(BgpState.IDLE, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp(),
                new IncrementConnectRetryCounter());
        row.put(TCP_FAILS, quiet);
        row.put(NOTIF, quiet);
        row.put(NOTIF_VER_ERR, to(BgpState.IDLE, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp()));
        row.put(HEADER_ERR, close(new SendNotification(1, 2, new byte[] {0x00, 0x10})));
        row.put(OPEN_MSG_ERR, close(new SendNotification(2, 2, new byte[] {(byte) 0xfd, (byte) 0xe9})));
        row.put(COLLISION_DUMP, close(new SendNotification(6, 7)));
        row.put(KEEPALIVE_MSG, to(BgpState.ESTABLISHED, new RestartHoldTimer()));
        return FsmFixtures.row(BgpState.OPEN_CONFIRM, row);
    }
}
