package dev.ferry.bgpd.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.wire.BgpError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** One instance of every FSM event, and the runner that checks a state's full row of the table. */
final class FsmFixtures {
    static final BgpError HEADER_ERROR = BgpError.reset(1, 2, new byte[] {0x00, 0x10}, "length 16");
    static final BgpError OPEN_ERROR = BgpError.reset(2, 2, new byte[] {(byte) 0xfd, (byte) 0xe9}, "bad peer AS");
    static final BgpError UPDATE_ERROR = BgpError.reset(3, 1, null, "malformed attribute list");
    static final NegotiatedTimers TIMERS = new NegotiatedTimers(90, 30);
    static final UpdateMessage UPDATE = UpdateMessage.endOfRibIpv4();

    static final FsmEvent MANUAL_START = new FsmEvent.ManualStart();
    static final FsmEvent MANUAL_STOP = new FsmEvent.ManualStop();
    static final FsmEvent MANUAL_START_PASSIVE = new FsmEvent.ManualStartPassive();
    static final FsmEvent CONNECT_RETRY_EXPIRES = new FsmEvent.ConnectRetryTimerExpires();
    static final FsmEvent HOLD_EXPIRES = new FsmEvent.HoldTimerExpires();
    static final FsmEvent KEEPALIVE_EXPIRES = new FsmEvent.KeepaliveTimerExpires();
    static final FsmEvent TCP_CR_ACKED = new FsmEvent.TcpCrAcked();
    static final FsmEvent TCP_CONFIRMED = new FsmEvent.TcpConnectionConfirmed();
    static final FsmEvent TCP_FAILS = new FsmEvent.TcpConnectionFails();
    static final FsmEvent BGP_OPEN = new FsmEvent.BgpOpen(TIMERS);
    static final FsmEvent HEADER_ERR = new FsmEvent.BgpHeaderErr(HEADER_ERROR);
    static final FsmEvent OPEN_MSG_ERR = new FsmEvent.BgpOpenMsgErr(OPEN_ERROR);
    static final FsmEvent COLLISION_DUMP = new FsmEvent.OpenCollisionDump();
    static final FsmEvent NOTIF_VER_ERR = new FsmEvent.NotifMsgVerErr();
    static final FsmEvent NOTIF = new FsmEvent.NotifMsg();
    static final FsmEvent KEEPALIVE_MSG = new FsmEvent.KeepAliveMsg();
    static final FsmEvent UPDATE_MSG = new FsmEvent.UpdateMsg(UPDATE);
    static final FsmEvent UPDATE_MSG_ERR = new FsmEvent.UpdateMsgErr(UPDATE_ERROR);

    static final List<FsmEvent> ALL_EVENTS = List.of(MANUAL_START, MANUAL_STOP, MANUAL_START_PASSIVE,
            CONNECT_RETRY_EXPIRES, HOLD_EXPIRES, KEEPALIVE_EXPIRES, TCP_CR_ACKED, TCP_CONFIRMED, TCP_FAILS, BGP_OPEN,
            HEADER_ERR, OPEN_MSG_ERR, COLLISION_DUMP, NOTIF_VER_ERR, NOTIF, KEEPALIVE_MSG, UPDATE_MSG, UPDATE_MSG_ERR);

    private FsmFixtures() {
    }

    static Transition to(BgpState next, FsmAction... actions) {
        return new Transition(next, List.of(actions));
    }

    /** A test per event: the row must name every event, and the FSM must answer exactly as the row says. */
    static Stream<DynamicTest> row(BgpState state, Map<FsmEvent, Transition> expected) {
        Set<Class<?>> permitted = Arrays.stream(FsmEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> covered = ALL_EVENTS.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(permitted, covered, "fixtures must hold one instance of every event type");
        assertEquals(Set.copyOf(ALL_EVENTS), expected.keySet(), state + " row must cover every event");
        return ALL_EVENTS.stream().map(event -> dynamicTest(
                state.displayName() + " + " + event.getClass().getSimpleName() + " (" + event.number() + ")",
                () -> {
                    Transition actual = BgpFsm.next(state, event);
                    assertEquals(expected.get(event), actual);
                    assertTrue(actual.actions().stream().distinct().count() == actual.actions().size(),
                            "no action twice");
                }));
    }
}
