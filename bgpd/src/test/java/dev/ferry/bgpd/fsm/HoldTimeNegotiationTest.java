package dev.ferry.bgpd.fsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.fsm.HoldTimeNegotiation.Accepted;
import dev.ferry.bgpd.fsm.HoldTimeNegotiation.Rejected;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.ErrorAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4271 sections 4.2 and 6.2 hold time rules, with FRR's keepalive choice. */
class HoldTimeNegotiationTest {
    private static NegotiatedTimers accepted(HoldTimeNegotiation.Result result) {
        return ((Accepted) result).timers();
    }

    @Test
    void smallerHoldTimeWinsEitherWay() {
        assertEquals(new NegotiatedTimers(90, 30), accepted(HoldTimeNegotiation.negotiate(180, 90)));
        assertEquals(new NegotiatedTimers(90, 30), accepted(HoldTimeNegotiation.negotiate(90, 180)));
        assertEquals(new NegotiatedTimers(180, 60), accepted(HoldTimeNegotiation.negotiate(180, 180)));
    }

    @Test
    void threeSecondsIsTheSmallestAccepted() {
        assertEquals(new NegotiatedTimers(3, 1), accepted(HoldTimeNegotiation.negotiate(180, 3)));
        assertEquals(new NegotiatedTimers(9, 3), accepted(HoldTimeNegotiation.negotiate(9, 65535)));
    }

    @Test
    void zeroFromEitherSideDisablesKeepalives() {
        NegotiatedTimers peerZero = accepted(HoldTimeNegotiation.negotiate(180, 0));
        assertEquals(new NegotiatedTimers(0, 0), peerZero);
        assertTrue(peerZero.disabled());
        assertEquals(new NegotiatedTimers(0, 0), accepted(HoldTimeNegotiation.negotiate(0, 90)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, -1, 65536})
    void unacceptableHoldTimeIsOpenError2Slash6(int peerHold) {
        BgpError error = ((Rejected) HoldTimeNegotiation.negotiate(180, peerHold)).error();
        assertEquals(2, error.code());
        assertEquals(6, error.subcode());
        assertEquals(ErrorAction.SESSION_RESET, error.action());
        assertArrayEquals(new byte[0], error.data());
        assertEquals("OPEN Message Error/Unacceptable Hold Time", error.codeText());
    }

    @Test
    void configuredKeepaliveIsUsedWhenBelowAThird() {
        assertEquals(new NegotiatedTimers(180, 10), accepted(HoldTimeNegotiation.negotiate(180, 10, 180)));
        assertEquals(new NegotiatedTimers(9, 3), accepted(HoldTimeNegotiation.negotiate(9, 3, 240)));
    }

    @Test
    void configuredKeepaliveIsCappedAtAThirdOfTheNegotiatedHold() {
        assertEquals(new NegotiatedTimers(30, 10), accepted(HoldTimeNegotiation.negotiate(180, 60, 30)));
    }

    @Test
    void inconsistentTimersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NegotiatedTimers(0, 30));
        assertThrows(IllegalArgumentException.class, () -> new NegotiatedTimers(90, 0));
        assertThrows(IllegalArgumentException.class, () -> new NegotiatedTimers(-3, 1));
    }

    @Test
    void negotiatedTimersDriveTheOpenSentTransition() {
        NegotiatedTimers timers = accepted(HoldTimeNegotiation.negotiate(180, 60, 9));
        Transition t = BgpFsm.next(BgpState.OPEN_SENT, new FsmEvent.BgpOpen(timers));
        assertEquals(BgpState.OPEN_CONFIRM, t.next());
        assertTrue(t.actions().contains(new FsmAction.StartHoldTimer(9)));
        assertTrue(t.actions().contains(new FsmAction.StartKeepaliveTimer(3)));
    }
}
