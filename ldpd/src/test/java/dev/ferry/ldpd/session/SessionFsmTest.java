package dev.ferry.ldpd.session;

import static dev.ferry.ldpd.session.SessionState.INITIALIZED;
import static dev.ferry.ldpd.session.SessionState.NON_EXISTENT;
import static dev.ferry.ldpd.session.SessionState.OPENREC;
import static dev.ferry.ldpd.session.SessionState.OPENSENT;
import static dev.ferry.ldpd.session.SessionState.OPERATIONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.MessageType;
import dev.ferry.ldpd.session.SessionAction.CloseSession;
import dev.ferry.ldpd.session.SessionAction.NeighborDown;
import dev.ferry.ldpd.session.SessionAction.NeighborUp;
import dev.ferry.ldpd.session.SessionAction.ProcessMessage;
import dev.ferry.ldpd.session.SessionAction.SendInitialization;
import dev.ferry.ldpd.session.SessionAction.SendKeepAlive;
import dev.ferry.ldpd.session.SessionAction.SendNotification;
import dev.ferry.ldpd.session.SessionAction.StartKeepAliveSender;
import dev.ferry.ldpd.session.SessionAction.StartKeepAliveTimer;
import dev.ferry.ldpd.session.SessionEvent.AcceptableInitializationReceived;
import dev.ferry.ldpd.session.SessionEvent.ConnectionClosed;
import dev.ferry.ldpd.session.SessionEvent.ConnectionEstablished;
import dev.ferry.ldpd.session.SessionEvent.InitializationSent;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveDue;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveReceived;
import dev.ferry.ldpd.session.SessionEvent.KeepAliveTimerExpired;
import dev.ferry.ldpd.session.SessionEvent.LocalFatalError;
import dev.ferry.ldpd.session.SessionEvent.MessageError;
import dev.ferry.ldpd.session.SessionEvent.NotificationReceived;
import dev.ferry.ldpd.session.SessionEvent.OtherMessageReceived;
import dev.ferry.ldpd.session.SessionEvent.UnacceptableInitializationReceived;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of RFC 5036 section 2.5.4's table, the refusals FRR's ldpd applies, and the no-op events. */
class SessionFsmTest {
    private static final SessionState[] SESSION_STATES = {INITIALIZED, OPENREC, OPENSENT, OPERATIONAL};

    private static Transition fire(SessionState state, SessionEvent event) {
        return SessionFsm.transition(state, event);
    }

    private static void assertTransition(Transition t, SessionState next, SessionAction... actions) {
        assertEquals(new Transition(next, List.of(actions)), t);
    }

    /** The close sequence from {@code state}: the Notification sent (if any) and NeighborDown after OPERATIONAL. */
    private static void assertClosed(SessionState from, Transition t, StatusCode notified) {
        assertEquals(NON_EXISTENT, t.next());
        List<SessionAction> actions = t.actions();
        int i = 0;
        if (notified != null) {
            SendNotification n = assertInstanceOf(SendNotification.class, actions.get(i++));
            assertEquals(notified, n.status());
        }
        assertEquals(new CloseSession(), actions.get(i++));
        if (from == OPERATIONAL) {
            assertEquals(new NeighborDown(), actions.get(i++));
        }
        assertEquals(i, actions.size(), () -> "unexpected actions " + actions);
    }

    // --- NON EXISTENT ---

    @Test
    void activeConnectionSendsInitializationAndArmsTheKeepAliveTimer() {
        assertTransition(fire(NON_EXISTENT, new ConnectionEstablished(SessionRole.ACTIVE)), INITIALIZED,
                new SendInitialization(), new StartKeepAliveTimer());
    }

    @Test
    void passiveConnectionWaitsForThePeersInitialization() {
        assertTransition(fire(NON_EXISTENT, new ConnectionEstablished(SessionRole.PASSIVE)), INITIALIZED,
                new StartKeepAliveTimer());
    }

    static Stream<SessionEvent> everyEventButConnection() {
        return Stream.of(new InitializationSent(), new AcceptableInitializationReceived(1),
                new UnacceptableInitializationReceived(LdpError.of(StatusCode.BAD_KEEPALIVE_TIME, "x")),
                new KeepAliveReceived(1), NotificationReceived.of(1, StatusCode.SHUTDOWN),
                OtherMessageReceived.of(1, MessageType.LABEL_MAPPING),
                new MessageError(LdpError.of(StatusCode.BAD_PDU_LENGTH, "x")), LocalFatalError.shutdown(),
                new KeepAliveTimerExpired(), new KeepAliveDue(), new ConnectionClosed());
    }

    @ParameterizedTest
    @MethodSource("everyEventButConnection")
    void withoutSessionOnlyAConnectionMatters(SessionEvent event) {
        assertTransition(fire(NON_EXISTENT, event), NON_EXISTENT);
    }

    // --- INITIALIZED ---

    @Test
    void activeLsrEntersOpenSentOnceItsInitializationIsSent() {
        assertTransition(fire(INITIALIZED, new InitializationSent()), OPENSENT);
    }

    @Test
    void passiveLsrAnswersAnAcceptableInitializationWithInitializationAndKeepAlive() {
        assertTransition(fire(INITIALIZED, new AcceptableInitializationReceived(7)), OPENREC,
                new SendInitialization(), new SendKeepAlive(), new StartKeepAliveTimer());
    }

    @ParameterizedTest
    @EnumSource(value = StatusCode.class, names = {"REJECTED_ADVERTISEMENT_MODE", "REJECTED_MAX_PDU_LENGTH",
            "REJECTED_LABEL_RANGE", "SESSION_REJECTED_NO_HELLO", "BAD_KEEPALIVE_TIME", "BAD_PROTOCOL_VERSION"})
    void unacceptableInitializationIsRejectedWithItsStatusAndCloses(StatusCode status) {
        for (SessionState state : new SessionState[] {INITIALIZED, OPENSENT}) {
            LdpError reason = LdpError.of(status, "refused").inMessage(9, MessageType.INITIALIZATION.code());
            Transition t = fire(state, new UnacceptableInitializationReceived(reason));
            assertClosed(state, t, status);
            SendNotification n = (SendNotification) t.actions().getFirst();
            assertEquals(9, n.error().messageId());
            assertEquals(MessageType.INITIALIZATION.code(), n.error().messageType());
        }
    }

    @Test
    void keepAliveBeforeInitializationIsAnUnexpectedMessage() {
        Transition t = fire(INITIALIZED, new KeepAliveReceived(4));
        assertClosed(INITIALIZED, t, StatusCode.SHUTDOWN);
        LdpError nak = ((SendNotification) t.actions().getFirst()).error();
        assertEquals(4, nak.messageId());
        assertEquals(MessageType.KEEPALIVE.code(), nak.messageType());
    }

    @Test
    void labelMessageBeforeInitializationIsAnUnexpectedMessage() {
        Transition t = fire(INITIALIZED, OtherMessageReceived.of(5, MessageType.ADDRESS));
        assertClosed(INITIALIZED, t, StatusCode.SHUTDOWN);
        LdpError nak = ((SendNotification) t.actions().getFirst()).error();
        assertEquals(5, nak.messageId());
        assertEquals(MessageType.ADDRESS.code(), nak.messageType());
        assertTrue(nak.detail().contains("address") && nak.detail().contains("INITIALIZED"), nak.detail());
    }

    // --- OPENSENT ---

    @Test
    void acceptableInitializationInOpenSentIsAnsweredWithKeepAlive() {
        assertTransition(fire(OPENSENT, new AcceptableInitializationReceived(3)), OPENREC,
                new SendKeepAlive(), new StartKeepAliveTimer());
    }

    @Test
    void keepAliveOrLabelMessageInOpenSentIsRefusedWithShutdown() {
        assertClosed(OPENSENT, fire(OPENSENT, new KeepAliveReceived(2)), StatusCode.SHUTDOWN);
        assertClosed(OPENSENT, fire(OPENSENT, OtherMessageReceived.of(2, MessageType.LABEL_MAPPING)),
                StatusCode.SHUTDOWN);
    }

    @Test
    void initializationSentOutsideInitializedChangesNothing() {
        for (SessionState state : new SessionState[] {OPENSENT, OPENREC, OPERATIONAL}) {
            assertTransition(fire(state, new InitializationSent()), state);
        }
    }

    // --- OPENREC ---

    @Test
    void keepAliveInOpenRecMakesTheSessionOperational() {
        assertTransition(fire(OPENREC, new KeepAliveReceived(8)), OPERATIONAL,
                new StartKeepAliveTimer(), new StartKeepAliveSender(), new NeighborUp());
    }

    @Test
    void anyOtherMessageInOpenRecIsRefusedWithShutdown() {
        Transition label = fire(OPENREC, OtherMessageReceived.of(11, MessageType.LABEL_MAPPING));
        assertClosed(OPENREC, label, StatusCode.SHUTDOWN);
        assertEquals(11, ((SendNotification) label.actions().getFirst()).error().messageId());
        Transition init = fire(OPENREC, new AcceptableInitializationReceived(12));
        assertClosed(OPENREC, init, StatusCode.SHUTDOWN);
        assertEquals(MessageType.INITIALIZATION.code(),
                ((SendNotification) init.actions().getFirst()).error().messageType());
        assertClosed(OPENREC, fire(OPENREC, new UnacceptableInitializationReceived(
                LdpError.of(StatusCode.BAD_KEEPALIVE_TIME, "x"))), StatusCode.SHUTDOWN);
    }

    // --- OPERATIONAL ---

    @Test
    void operationalSessionProcessesMessagesAndRestartsTheKeepAliveTimer() {
        for (MessageType type : new MessageType[] {MessageType.ADDRESS, MessageType.ADDRESS_WITHDRAW,
                MessageType.LABEL_MAPPING, MessageType.LABEL_REQUEST, MessageType.LABEL_WITHDRAW,
                MessageType.LABEL_RELEASE, MessageType.LABEL_ABORT_REQUEST, MessageType.CAPABILITY}) {
            assertTransition(fire(OPERATIONAL, OtherMessageReceived.of(1, type)), OPERATIONAL,
                    new StartKeepAliveTimer(), new ProcessMessage());
        }
        assertTransition(fire(OPERATIONAL, new KeepAliveReceived(1)), OPERATIONAL, new StartKeepAliveTimer());
    }

    @Test
    void operationalSessionSendsKeepAlivesWhenDue() {
        assertTransition(fire(OPERATIONAL, new KeepAliveDue()), OPERATIONAL, new SendKeepAlive());
        for (SessionState state : new SessionState[] {INITIALIZED, OPENSENT, OPENREC}) {
            assertTransition(fire(state, new KeepAliveDue()), state);
        }
    }

    @Test
    void initializationInOperationalIsRefusedWithShutdown() {
        assertClosed(OPERATIONAL, fire(OPERATIONAL, new AcceptableInitializationReceived(1)), StatusCode.SHUTDOWN);
    }

    // --- every session state ---

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void keepAliveTimerExpiryNotifiesAndCloses(SessionState state) {
        Transition t = fire(state, new KeepAliveTimerExpired());
        assertClosed(state, t, StatusCode.KEEPALIVE_TIMER_EXPIRED);
        assertTrue(((SendNotification) t.actions().getFirst()).error().fatal());
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void fatalNotificationReceivedClosesWithoutAnswer(SessionState state) {
        assertClosed(state, fire(state, NotificationReceived.of(3, StatusCode.SHUTDOWN)), null);
        assertClosed(state, fire(state, NotificationReceived.of(3, StatusCode.SESSION_REJECTED_NO_HELLO)), null);
        // the E bit decides, even on a status the RFC calls advisory
        assertClosed(state, fire(state,
                new NotificationReceived(3, StatusCode.UNKNOWN_TLV.code() | StatusCode.E_BIT)), null);
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void advisoryNotificationIsProcessedWithoutStateChange(SessionState state) {
        assertTransition(fire(state, NotificationReceived.of(3, StatusCode.END_OF_LIB)), state,
                new StartKeepAliveTimer(), new ProcessMessage());
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void fatalDecodeErrorIsNotifiedAndCloses(SessionState state) {
        LdpError error = LdpError.of(StatusCode.BAD_TLV_LENGTH, "TLV overruns message").inMessage(6, 0x0400);
        Transition t = fire(state, new MessageError(error));
        assertClosed(state, t, StatusCode.BAD_TLV_LENGTH);
        assertEquals(error, ((SendNotification) t.actions().getFirst()).error());
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void advisoryDecodeErrorIsNotifiedAndTheSessionGoesOn(SessionState state) {
        LdpError error = LdpError.of(StatusCode.UNKNOWN_MESSAGE_TYPE, "type 0x3f00").inMessage(6, 0x3f00);
        assertTransition(fire(state, new MessageError(error)), state, new SendNotification(error));
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void localShutdownSendsShutdownAndCloses(SessionState state) {
        assertClosed(state, fire(state, LocalFatalError.shutdown()), StatusCode.SHUTDOWN);
        LdpError internal = LdpError.of(StatusCode.INTERNAL_ERROR, "label space exhausted");
        assertClosed(state, fire(state, new LocalFatalError(internal)), StatusCode.INTERNAL_ERROR);
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void connectionClosedEndsTheSession(SessionState state) {
        assertClosed(state, fire(state, new ConnectionClosed()), null);
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "NON_EXISTENT", mode = EnumSource.Mode.EXCLUDE)
    void secondConnectionLeavesTheSessionAlone(SessionState state) {
        assertTransition(fire(state, new ConnectionEstablished(SessionRole.ACTIVE)), state);
        assertTransition(fire(state, new ConnectionEstablished(SessionRole.PASSIVE)), state);
    }

    @Test
    void neighborDownOnlyWhenLeavingOperational() {
        for (SessionState state : SESSION_STATES) {
            boolean down = fire(state, new ConnectionClosed()).actions().contains(new NeighborDown());
            assertEquals(state == OPERATIONAL, down, state.name());
        }
    }

    @Test
    void eventsRefuseInvalidArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> new LocalFatalError(LdpError.of(StatusCode.UNKNOWN_TLV, "advisory")));
        assertThrows(IllegalArgumentException.class, () -> OtherMessageReceived.of(1, MessageType.KEEPALIVE));
        assertThrows(IllegalArgumentException.class, () -> OtherMessageReceived.of(1, MessageType.INITIALIZATION));
        assertThrows(IllegalArgumentException.class, () -> OtherMessageReceived.of(1, MessageType.NOTIFICATION));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionEstablished(null));
    }

    @Test
    void statesPrintFrrNames() {
        assertEquals(List.of("PRESENT", "INITIALIZED", "OPENREC", "OPENSENT", "OPERATIONAL"),
                Stream.of(SessionState.values()).map(SessionState::frrName).toList());
    }
}
