package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.FsmFixtures.*;

import dev.ferry.bgpd.fsm.FsmAction.DropTcp;
import dev.ferry.bgpd.fsm.FsmAction.InitiateTcp;
import dev.ferry.bgpd.fsm.FsmAction.ResetConnectRetryCounter;
import dev.ferry.bgpd.fsm.FsmAction.StartConnectRetryTimer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** RFC 4271 section 8.2.2, Idle: only the start events move; everything else is ignored. */
class IdleStateTest {
    @TestFactory
    Stream<DynamicTest> idleRow() {
        Map<FsmEvent, Transition> row = new HashMap<>();
        for (FsmEvent e : ALL_EVENTS) {
            row.put(e, to(BgpState.IDLE));
        }
        row.put(MANUAL_START, to(BgpState.CONNECT,
                new ResetConnectRetryCounter(), new StartConnectRetryTimer(), new InitiateTcp()));
        row.put(MANUAL_START_PASSIVE, to(BgpState.ACTIVE,
                new ResetConnectRetryCounter(), new StartConnectRetryTimer()));
        row.put(TCP_CR_ACKED, to(BgpState.IDLE, new DropTcp()));
        row.put(TCP_CONFIRMED, to(BgpState.IDLE, new DropTcp()));
        return FsmFixtures.row(BgpState.IDLE, row);
    }
}
