package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.FsmFixtures.*;

import dev.ferry.bgpd.fsm.FsmAction.DeleteRoutes;
import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.IncrementConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.ProcessUpdate;
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

/** RFC 4271 section 8.2.2, Established: every way down deletes the session's routes; unexpected is 5/3. */
class EstablishedStateTest {
    private static Transition close(FsmAction notification) {
        return to(BgpState.IDLE, notification, new StopConnectRetryTimer(), new DeleteRoutes(),
                new ReleaseResources(), new DropTcp(), new IncrementConnectRetryCounter());
    }

    @TestFactory
    Stream<DynamicTest> establishedRow() {
        Map<FsmEvent, Transition> row = new HashMap<>();
        for (FsmEvent e : ALL_EVENTS) {
            row.put(e, close(new SendNotification(5, 3)));
        }
        row.put(MANUAL_START, to(BgpState.ESTABLISHED));
        row.put(MANUAL_START_PASSIVE, to(BgpState.ESTABLISHED));
        row.put(MANUAL_STOP, to(BgpState.IDLE, new SendNotification(6, 2), new StopConnectRetryTimer(),
                new DeleteRoutes(), new ReleaseResources(), new DropTcp(), new ResetConnectRetryCounter()));
        row.put(HOLD_EXPIRES, close(new SendNotification(4, 0)));
        row.put(KEEPALIVE_EXPIRES, to(BgpState.ESTABLISHED, new SendKeepalive(), new RestartKeepaliveTimer()));
        row.put(TCP_CR_ACKED, to(BgpState.ESTABLISHED));
        row.put(TCP_CONFIRMED, to(BgpState.ESTABLISHED));
        Transition quiet = to(BgpState.IDLE, new StopConnectRetryTimer(), new DeleteRoutes(), new ReleaseResources(),
                new DropTcp(), new IncrementConnectRetryCounter());
        row.put(TCP_FAILS, quiet);
        row.put(NOTIF_VER_ERR, quiet);
        row.put(NOTIF, quiet);
        row.put(COLLISION_DUMP, close(new SendNotification(6, 7)));
        row.put(KEEPALIVE_MSG, to(BgpState.ESTABLISHED, new RestartHoldTimer()));
        row.put(UPDATE_MSG, to(BgpState.ESTABLISHED, new ProcessUpdate(UPDATE), new RestartHoldTimer()));
        row.put(UPDATE_MSG_ERR, close(new SendNotification(3, 1)));
        row.put(HEADER_ERR, close(new SendNotification(1, 2, new byte[] {0x00, 0x10})));
        return FsmFixtures.row(BgpState.ESTABLISHED, row);
    }
}
