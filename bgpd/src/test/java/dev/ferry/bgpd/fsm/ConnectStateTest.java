package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.FsmFixtures.*;

import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.IncrementConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.InitiateTcp;
import dev.ferry.bgpd.fsm.FsmAction.ReleaseResources;
import dev.ferry.bgpd.fsm.FsmAction.ResetConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.SendOpen;
import dev.ferry.bgpd.fsm.FsmAction.StartConnectRetryTimer;
import dev.ferry.bgpd.fsm.FsmAction.StartHoldTimer;
import dev.ferry.bgpd.fsm.FsmAction.StopConnectRetryTimer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** RFC 4271 section 8.2.2, Connect: waiting for our TCP connect; other events give up without NOTIFICATION. */
class ConnectStateTest {
    @TestFactory
    Stream<DynamicTest> connectRow() {
        Transition otherEvent = to(BgpState.IDLE, new StopConnectRetryTimer(), new ReleaseResources(), new DropTcp(),
                new IncrementConnectRetryCounter());
        Transition openSent = to(BgpState.OPEN_SENT,
                new StopConnectRetryTimer(), new SendOpen(), new StartHoldTimer(240));
        Map<FsmEvent, Transition> row = new HashMap<>();
        for (FsmEvent e : ALL_EVENTS) {
            row.put(e, otherEvent);
        }
        row.put(MANUAL_START, to(BgpState.CONNECT));
        row.put(MANUAL_START_PASSIVE, to(BgpState.CONNECT));
        row.put(MANUAL_STOP, to(BgpState.IDLE,
                new DropTcp(), new ReleaseResources(), new ResetConnectRetryCounter(), new StopConnectRetryTimer()));
        row.put(CONNECT_RETRY_EXPIRES, to(BgpState.CONNECT,
                new DropTcp(), new StartConnectRetryTimer(), new InitiateTcp()));
        row.put(TCP_CR_ACKED, openSent);
        row.put(TCP_CONFIRMED, openSent);
        row.put(TCP_FAILS, to(BgpState.IDLE, new StopConnectRetryTimer(), new DropTcp(), new ReleaseResources()));
        return FsmFixtures.row(BgpState.CONNECT, row);
    }
}
