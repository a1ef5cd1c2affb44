package dev.ferry.ldpd.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.session.SessionAction.CloseSession;
import dev.ferry.ldpd.session.SessionAction.NeighborDown;
import dev.ferry.ldpd.session.SessionAction.NeighborUp;
import dev.ferry.ldpd.session.SessionAction.SendInitialization;
import dev.ferry.ldpd.session.SessionAction.SendKeepAlive;
import dev.ferry.ldpd.session.SessionAction.SendNotification;
import dev.ferry.ldpd.session.SessionEvent.AcceptableInitializationReceived;
import dev.ferry.ldpd.session.SessionEvent.ConnectionClosed;
import dev.ferry.ldpd.session.SessionEvent.ConnectionEstablished;
import dev.ferry.ldpd.session.SessionEvent.InitializationSent;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveReceived;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveTimerExpired;
import dev.ferry.ldpd.session.SessionEvent.NotificationReceived;
import dev.ferry.ldpd.session.SessionEvent.OtherMessageReceived;
import dev.ferry.ldpd.session.SessionEvent.UnacceptableInitializationReceived;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * Two session machines joined by an in-memory transport that runs their actions the way the daemon will: what one
 * sends becomes the other's event, in order. The state sequences are FRR's, as its {@code nbr_fsm} debug log shows
 * them in the recorded lab (frr-reference/out/PR/logs/debug.log).
 */
class SessionMachineTest {
    private Instant now = Instant.parse("2026-11-21T14:24:13Z");
    private final Queue<Runnable> wire = new ArrayDeque<>();

    /** One LSR's view of the session: its machine, what it logged, and how it judges the peer's Initialization. */
    private final class Lsr {
        final SessionMachine machine;
        final List<String> log = new ArrayList<>();
        final List<SessionAction> run = new ArrayList<>();
        Optional<LdpError> initVerdict = Optional.empty();
        Lsr peer;
        int nextMessageId = 1;

        Lsr() {
            machine = new SessionMachine(() -> now,
                    (from, to, cause, actions) -> log.add(from.frrName() + " -> " + to.frrName()));
        }

        void fire(SessionEvent event) {
            for (SessionAction action : machine.fire(event)) {
                run.add(action);
                execute(action);
            }
        }

        private void execute(SessionAction action) {
            int id = nextMessageId++;
            switch (action) {
                case SendInitialization a -> {
                    wire.add(() -> peer.receiveInitialization(id));
                    fire(new InitializationSent());
                }
                case SendKeepAlive a -> wire.add(() -> peer.fire(new KeepAliveReceived(id)));
                case SendNotification a -> wire.add(
                        () -> peer.fire(NotificationReceived.of(id, a.status())));
                case CloseSession a -> wire.add(() -> peer.fire(new ConnectionClosed()));
                default -> {
                    // timers and label distribution are not simulated here
                }
            }
        }

        void receiveInitialization(int id) {
            fire(initVerdict.<SessionEvent>map(e -> new UnacceptableInitializationReceived(
                    e.inMessage(id, MessageType.INITIALIZATION.code())))
                    .orElse(new AcceptableInitializationReceived(id)));
        }
    }

    private void drain() {
        for (int guard = 0; !wire.isEmpty(); guard++) {
            assertTrue(guard < 100, "the two LSRs never settle");
            wire.poll().run();
        }
    }

    /** Connects two LSRs from their transport addresses, as discovery would once both have seen Hellos. */
    private Lsr[] connect(String addressA, String addressB) throws Exception {
        Lsr a = new Lsr();
        Lsr b = new Lsr();
        a.peer = b;
        b.peer = a;
        InetAddress ta = InetAddress.getByName(addressA);
        InetAddress tb = InetAddress.getByName(addressB);
        // the passive side accepts first: its Initialization must not arrive before it is listening
        Lsr passive = SessionRole.of(ta, tb) == SessionRole.PASSIVE ? a : b;
        Lsr active = passive == a ? b : a;
        passive.fire(new ConnectionEstablished(SessionRole.PASSIVE));
        active.fire(new ConnectionEstablished(SessionRole.ACTIVE));
        return new Lsr[] {a, b};
    }

    @Test
    void activeAndPassiveReachOperationalAsFrrDoes() throws Exception {
        Lsr[] lsrs = connect("1.1.1.1", "3.3.3.3");
        Lsr passive = lsrs[0];
        Lsr active = lsrs[1];
        drain();
        assertEquals(SessionState.OPERATIONAL, active.machine.state());
        assertEquals(SessionState.OPERATIONAL, passive.machine.state());
        assertEquals(List.of("PRESENT -> INITIALIZED", "INITIALIZED -> OPENSENT", "OPENSENT -> OPENREC",
                "OPENREC -> OPERATIONAL"), active.log);
        assertEquals(List.of("PRESENT -> INITIALIZED", "INITIALIZED -> OPENREC", "OPENREC -> OPERATIONAL"),
                passive.log);
        assertTrue(active.run.contains(new NeighborUp()) && passive.run.contains(new NeighborUp()));
    }

    @Test
    void operationalSessionCarriesLabelMessagesUntilHoldTimeExpires() throws Exception {
        Lsr[] lsrs = connect("10.0.0.1", "10.0.0.2");
        drain();
        Lsr a = lsrs[0];
        Lsr b = lsrs[1];
        a.fire(OtherMessageReceived.of(50, MessageType.LABEL_MAPPING));
        assertEquals(SessionState.OPERATIONAL, a.machine.state());

        now = now.plus(Duration.ofSeconds(180));
        a.fire(new KeepAliveTimerExpired());
        drain();
        assertEquals(SessionState.NON_EXISTENT, a.machine.state());
        assertEquals(SessionState.NON_EXISTENT, b.machine.state());
        assertEquals(now, a.machine.since());
        SendNotification sent = a.run.stream().filter(SendNotification.class::isInstance)
                .map(SendNotification.class::cast).findFirst().orElseThrow();
        assertEquals(StatusCode.KEEPALIVE_TIMER_EXPIRED, sent.status());
        assertTrue(a.run.contains(new NeighborDown()) && b.run.contains(new NeighborDown()));
        // b closed on the fatal Notification, without answering it
        assertTrue(b.run.stream().noneMatch(SendNotification.class::isInstance), b.run::toString);
        assertEquals("OPERATIONAL -> PRESENT", b.log.getLast());
    }

    @Test
    void passiveLsrRejectsBadParametersAndBothSidesClose() throws Exception {
        Lsr a = new Lsr();
        Lsr b = new Lsr();
        a.peer = b;
        b.peer = a;
        b.initVerdict = Optional.of(LdpError.of(StatusCode.REJECTED_MAX_PDU_LENGTH, "max PDU length"));
        b.fire(new ConnectionEstablished(SessionRole.PASSIVE));
        a.fire(new ConnectionEstablished(SessionRole.ACTIVE));
        drain();
        assertEquals(SessionState.NON_EXISTENT, a.machine.state());
        assertEquals(SessionState.NON_EXISTENT, b.machine.state());
        assertEquals(List.of("PRESENT -> INITIALIZED", "INITIALIZED -> PRESENT"), b.log);
        assertEquals(List.of("PRESENT -> INITIALIZED", "INITIALIZED -> OPENSENT", "OPENSENT -> PRESENT"), a.log);
        SendNotification rejection = (SendNotification) b.run.stream()
                .filter(SendNotification.class::isInstance).findFirst().orElseThrow();
        assertEquals(StatusCode.REJECTED_MAX_PDU_LENGTH, rejection.status());
        assertEquals(MessageType.INITIALIZATION.code(), rejection.error().messageType());
        assertTrue(b.run.contains(new CloseSession()));
        assertTrue(a.run.stream().noneMatch(SendKeepAlive.class::isInstance));
    }

    @Test
    void unchangedStateIsNotReportedAndKeepsItsTime() {
        List<String> changes = new ArrayList<>();
        SessionMachine m = new SessionMachine(() -> now, (from, to, cause, actions) -> changes.add(to.name()));
        Instant start = now;
        now = now.plusSeconds(5);
        assertEquals(List.of(), m.fire(new ConnectionClosed()));
        assertEquals(List.of(), changes);
        assertEquals(start, m.since());
        m.fire(new ConnectionEstablished(SessionRole.PASSIVE));
        assertEquals(List.of("INITIALIZED"), changes);
        assertEquals(now, m.since());
    }
}
