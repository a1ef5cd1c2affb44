package dev.ferry.bgpd.fsm;

import static dev.ferry.bgpd.fsm.CollisionResolution.Initiator.LOCAL;
import static dev.ferry.bgpd.fsm.CollisionResolution.Initiator.REMOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.fsm.CollisionResolution.Initiator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4271 section 6.8 (and RFC 6286 section 2.3 for equal identifiers). */
class CollisionResolutionTest {
    private static final int ID_10_0_0_1 = 0x0A000001;
    private static final int ID_10_0_0_2 = 0x0A000002;
    private static final int ID_192_0_2_1 = 0xC0000201;
    private static final int ID_255_255_255_255 = 0xFFFFFFFF;

    @Test
    void lowerLocalIdentifierClosesTheConnectionWeInitiated() {
        assertEquals(LOCAL, CollisionResolution.connectionToClose(ID_10_0_0_1, ID_10_0_0_2, 65001, 65002));
    }

    @Test
    void higherLocalIdentifierClosesTheConnectionThePeerInitiated() {
        assertEquals(REMOTE, CollisionResolution.connectionToClose(ID_10_0_0_2, ID_10_0_0_1, 65001, 65002));
    }

    @Test
    void identifiersCompareUnsigned() {
        // 192.0.2.1 and 255.255.255.255 are negative ints, yet above 10.0.0.1.
        assertEquals(LOCAL, CollisionResolution.connectionToClose(ID_10_0_0_1, ID_192_0_2_1, 1, 1));
        assertEquals(REMOTE, CollisionResolution.connectionToClose(ID_192_0_2_1, ID_10_0_0_1, 1, 1));
        assertEquals(LOCAL, CollisionResolution.connectionToClose(ID_192_0_2_1, ID_255_255_255_255, 1, 1));
        assertEquals(REMOTE, CollisionResolution.connectionToClose(ID_255_255_255_255, ID_192_0_2_1, 1, 1));
    }

    @Test
    void equalIdentifiersLetTheLargerAsKeepItsConnection() {
        assertEquals(LOCAL, CollisionResolution.connectionToClose(ID_10_0_0_1, ID_10_0_0_1, 65001, 65002));
        assertEquals(REMOTE, CollisionResolution.connectionToClose(ID_10_0_0_1, ID_10_0_0_1, 65002, 65001));
        assertEquals(LOCAL, CollisionResolution.connectionToClose(ID_10_0_0_1, ID_10_0_0_1, 65001, 4200000000L));
    }

    /** Both ends connected at once; each side applies the rule and exactly one connection survives. */
    @Test
    void bothConnectionsRaceAndTheLoserIsCeasedWith6Slash7() {
        PeerFsm outgoing = new PeerFsm((from, to, cause) -> { });
        PeerFsm incoming = new PeerFsm((from, to, cause) -> { });
        outgoing.fire(new FsmEvent.ManualStart());
        outgoing.fire(new FsmEvent.TcpCrAcked());
        incoming.fire(new FsmEvent.ManualStartPassive());
        incoming.fire(new FsmEvent.TcpConnectionConfirmed());
        NegotiatedTimers timers = new NegotiatedTimers(180, 60);
        outgoing.fire(new FsmEvent.BgpOpen(timers));
        assertEquals(BgpState.OPEN_CONFIRM, outgoing.state());

        // The OPEN on the incoming connection reveals the collision; we are 10.0.0.1, the peer 10.0.0.2.
        Initiator loser = CollisionResolution.connectionToClose(ID_10_0_0_1, ID_10_0_0_2, 65001, 65001);
        PeerFsm dumped = loser == LOCAL ? outgoing : incoming;
        PeerFsm kept = loser == LOCAL ? incoming : outgoing;
        List<FsmAction> actions = new ArrayList<>(dumped.fire(new FsmEvent.OpenCollisionDump()));
        kept.fire(new FsmEvent.BgpOpen(timers));
        kept.fire(new FsmEvent.KeepAliveMsg());

        assertEquals(new FsmAction.SendNotification(6, 7), actions.getFirst());
        assertTrue(actions.contains(new FsmAction.DropTcp()));
        assertEquals(BgpState.IDLE, outgoing.state());
        assertEquals(BgpState.ESTABLISHED, incoming.state());
    }
}
