package dev.ferry.ldpd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.network.Connection;
import dev.ferry.ldpd.network.SessionSocket;
import dev.ferry.ldpd.network.SessionTransport;
import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.InitializationMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.KnownMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.MessageOutcome;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.message.UnknownMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduLimits;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.pdu.PduStreamSplitter;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.DynamicCapabilityAnnouncementTlv;
import dev.ferry.ldpd.packet.tlv.StatusTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFecCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.UnrecognizedNotificationCapabilityTlv;
import dev.ferry.ldpd.session.SessionAction;
import dev.ferry.ldpd.session.SessionEvent;
import dev.ferry.ldpd.session.SessionMachine;
import dev.ferry.ldpd.session.SessionRole;
import dev.ferry.ldpd.session.SessionState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One LDP peer (FRR's nbr): known from its Hellos, with at most one session. Received bytes become session
 * events for {@link SessionMachine}; the actions it returns run here, in order (write, timers, close), and
 * operational messages go to the daemon. The active side (higher transport address) connects, and retries after
 * {@link #RETRY_MILLIS} while the peer is still heard; the passive side waits for the peer's connection.
 */
final class Neighbor implements SessionTransport.Listener {
    private static final System.Logger LOG = System.getLogger(Neighbor.class.getName());
    static final int RETRY_MILLIS = 5000;
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;
    /** FRR's KEEPALIVE_PER_PERIOD: KeepAlives sent per KeepAlive time. */
    static final int KEEPALIVES_PER_PERIOD = 3;

    private final NeighborHost host;
    private final LdpId id;
    private final SessionMachine fsm;
    private final LoopTimer keepaliveTimer;
    private final LoopTimer keepaliveSender;
    private final LoopTimer retry;
    final MessageCounters counters = new MessageCounters();
    int transport;
    private SessionTransport connection;
    private SessionRole role;
    private boolean connecting;
    private PduStreamSplitter splitter;
    private Message current;
    /** The negotiated KeepAlive time, 0 before the Initializations. */
    int holdtime;
    boolean capDynamic;
    boolean capTypedWildcard;
    boolean capUnrecognizedNotification;
    /** The families whose End-of-LIB was sent to, and received from, the peer on this session. */
    final Set<AddressFamily> endOfLibSent = EnumSet.noneOf(AddressFamily.class);
    final Set<AddressFamily> endOfLibReceived = EnumSet.noneOf(AddressFamily.class);
    private boolean removed;
    /** Received input that hit a bug here (an exception); each one closed its session. Zero, normally. */
    int internalErrors;

    Neighbor(NeighborHost host, LdpId id, int transport, InstantSource clock) {
        this.host = host;
        this.id = id;
        this.transport = transport;
        this.fsm = new SessionMachine(clock, (from, to, cause, actions) -> LOG.log(System.Logger.Level.INFO,
                "neighbor " + id.lsrId().getHostAddress() + ": " + from.frrName() + " -> " + to.frrName()
                        + " (" + cause.getClass().getSimpleName() + ")"));
        this.keepaliveTimer = new LoopTimer(host.loop(), () -> fire(new SessionEvent.KeepAliveTimerExpired()));
        this.keepaliveSender = new LoopTimer(host.loop(), () -> fire(new SessionEvent.KeepAliveDue()));
        this.retry = new LoopTimer(host.loop(), this::tryConnect);
    }

    LdpId id() {
        return id;
    }

    SessionState state() {
        return fsm.state();
    }

    SessionMachine machine() {
        return fsm;
    }

    /** Bytes of an incomplete PDU waiting for the rest. */
    int buffered() {
        return splitter == null ? 0 : splitter.buffered();
    }

    SessionTransport connection() {
        return connection;
    }

    SessionRole role() {
        return SessionRole.of(Ipv4.inet(host.localTransport()), Ipv4.inet(transport));
    }

    // ---- connection set-up -------------------------------------------------------------------------------

    /** Called when Hellos are heard: the active side connects unless a session or an attempt exists. */
    void tryConnect() {
        if (removed || fsm.state().hasSession() || connecting || role() != SessionRole.ACTIVE) {
            return;
        }
        connecting = true;
        InetSocketAddress local = new InetSocketAddress(Ipv4.inet(host.localTransport()), 0);
        InetSocketAddress remote = new InetSocketAddress(Ipv4.inet(transport), SessionSocket.PORT);
        Connection.connect(local, remote, CONNECT_TIMEOUT_MILLIS, host.loop(), this::connected);
    }

    private void connected(SocketChannel channel, Exception failure) {
        connecting = false;
        if (failure != null || removed || fsm.state().hasSession()) {
            closeQuietly(channel);
            if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, "neighbor " + id + ": connect failed: " + failure.getMessage());
            }
            scheduleRetry();
            return;
        }
        attach(channel, SessionRole.ACTIVE);
    }

    /** A connection the peer opened; refused (false) if this neighbor already has a session. */
    boolean accept(SocketChannel channel) {
        if (removed || fsm.state().hasSession()) {
            return false;
        }
        attach(channel, SessionRole.PASSIVE);
        return true;
    }

    private void attach(SocketChannel channel, SessionRole how) {
        Connection c;
        try {
            c = Connection.start(channel, host.loop(), this);
        } catch (IOException e) {
            closeQuietly(channel);
            scheduleRetry();
            return;
        }
        attach(c, how);
    }

    /** Starts a session over {@code transport}, whose bytes and close come back through the listener methods. */
    void attach(SessionTransport transport, SessionRole how) {
        connection = transport;
        role = how;
        splitter = new PduStreamSplitter();
        holdtime = 0;
        capDynamic = false;
        capTypedWildcard = false;
        capUnrecognizedNotification = false;
        endOfLibSent.clear();
        endOfLibReceived.clear();
        counters.clear();
        fire(new SessionEvent.ConnectionEstablished(how));
    }

    private void scheduleRetry() {
        if (!removed && role() == SessionRole.ACTIVE) {
            retry.startIfIdle(RETRY_MILLIS);
        }
    }

    // ---- received bytes ------------------------------------------------------------------------------

    /**
     * Received bytes. A bug reached by some input must not take the daemon down nor leave the session half
     * processed: it is logged and counted ({@link #internalErrors}), and the session closes with Internal Error.
     */
    @Override
    public void bytes(SessionTransport c, byte[] data) {
        if (c != connection) {
            return;
        }
        try {
            received(c, data);
        } catch (RuntimeException e) {
            internalErrors++;
            LOG.log(System.Logger.Level.ERROR, "neighbor " + id + ": internal error on received bytes", e);
            if (c == connection && fsm.state().hasSession()) {
                fire(new SessionEvent.LocalFatalError(LdpError.of(StatusCode.INTERNAL_ERROR, String.valueOf(e))));
            }
        }
    }

    private void received(SessionTransport c, byte[] data) {
        PduStreamSplitter.Split split = splitter.feed(data);
        for (byte[] pdu : split.pdus()) {
            if (c != connection) {
                return;
            }
            pdu(pdu);
        }
        if (split.error().isPresent() && c == connection) {
            fire(new SessionEvent.MessageError(split.error().get()));
        }
    }

    private void pdu(byte[] bytes) {
        PduResult r = PduDecoder.decode(bytes, PduLimits.session(id, Pdu.DEFAULT_MAX_LENGTH));
        SessionTransport c = connection;
        for (MessageOutcome o : r.outcomes()) {
            if (c != connection) {
                return;
            }
            switch (o) {
                case MessageOutcome.Accepted(Message m) -> message(m);
                case MessageOutcome.Rejected(LdpError e) -> fire(new SessionEvent.MessageError(e));
            }
        }
    }

    private void message(Message m) {
        if (m instanceof KnownMessage k) {
            counters.received(k.type());
        }
        current = m;
        try {
            switch (m) {
                case InitializationMessage init -> initialization(init);
                case KeepAliveMessage k -> fire(new SessionEvent.KeepAliveReceived(k.messageId()));
                case NotificationMessage n -> {
                    LOG.log(fatal(n) ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                            "neighbor " + id + ": notification received: " + n.status().frrName());
                    EndOfLib.family(n).ifPresent(af -> {
                        endOfLibReceived.add(af);
                        LOG.log(System.Logger.Level.INFO, "neighbor " + id + ": End-of-LIB received for " + af);
                    });
                    fire(new SessionEvent.NotificationReceived(n.messageId(), n.status().statusWord()));
                }
                case UnknownMessage u -> LOG.log(System.Logger.Level.DEBUG,
                        "neighbor " + id + ": unknown message type 0x" + Integer.toHexString(u.typeCode()) + " ignored");
                case KnownMessage k -> fire(new SessionEvent.OtherMessageReceived(k.messageId(), k.type().code()));
            }
        } finally {
            current = null;
        }
    }

    private static boolean fatal(NotificationMessage n) {
        return n.status().fatal();
    }

    private void initialization(InitializationMessage init) {
        CommonSessionParamsTlv p = init.sessionParams();
        Optional<LdpError> refused = p.check(host.localId());
        if (refused.isPresent()) {
            fire(new SessionEvent.UnacceptableInitializationReceived(
                    refused.get().inMessage(init.messageId(), init.typeCode())));
            return;
        }
        holdtime = Math.min(host.keepaliveTime(), p.keepaliveTime());
        capDynamic = init.dynamicCapability().map(DynamicCapabilityAnnouncementTlv::state).orElse(false);
        capTypedWildcard = init.typedWildcardCapability().map(TypedWildcardFecCapabilityTlv::state).orElse(false);
        capUnrecognizedNotification = init.unrecognizedNotificationCapability()
                .map(UnrecognizedNotificationCapabilityTlv::state).orElse(false);
        fire(new SessionEvent.AcceptableInitializationReceived(init.messageId()));
    }

    @Override
    public void closed(SessionTransport c, String reason) {
        if (c != connection) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "neighbor " + id + ": connection closed: " + reason);
        fire(new SessionEvent.ConnectionClosed());
    }

    // ---- the state machine and its actions ------------------------------------------------------------

    /** Applies an event and runs its actions. */
    void fire(SessionEvent event) {
        SessionState before = fsm.state();
        List<SessionAction> actions = fsm.fire(event);
        boolean sentInit = false;
        for (SessionAction a : actions) {
            switch (a) {
                case SessionAction.SendInitialization s -> {
                    sendInitialization();
                    sentInit = true;
                }
                case SessionAction.SendKeepAlive s -> send(new KeepAliveMessage(host.nextMessageId()));
                case SessionAction.SendNotification s -> sendNotification(s.error());
                case SessionAction.StartKeepAliveTimer s -> keepaliveTimer.start(1000L * currentHoldtime());
                case SessionAction.StartKeepAliveSender s -> {
                    long every = 1000L * Math.max(1, currentHoldtime() / KEEPALIVES_PER_PERIOD);
                    keepaliveSender.startPeriodic(every, every);
                }
                case SessionAction.ProcessMessage s -> {
                    if (current != null && !(current instanceof NotificationMessage)) {
                        host.message(this, current);
                    }
                }
                case SessionAction.NeighborUp s -> host.operational(this);
                case SessionAction.NeighborDown s -> host.down(this);
                case SessionAction.CloseSession s -> closeSession();
            }
        }
        if (sentInit && before == SessionState.NON_EXISTENT && fsm.state() == SessionState.INITIALIZED) {
            fire(new SessionEvent.InitializationSent());
        }
    }

    private int currentHoldtime() {
        return holdtime > 0 ? holdtime : host.keepaliveTime();
    }

    private void sendInitialization() {
        LdpId peer = new LdpId(id.lsrId(), 0);
        CommonSessionParamsTlv params = new CommonSessionParamsTlv(1, host.keepaliveTime(), false, false, 0, 0, peer);
        send(new InitializationMessage(host.nextMessageId(), params,
                Optional.of(new DynamicCapabilityAnnouncementTlv(true)),
                Optional.of(new TypedWildcardFecCapabilityTlv(true)),
                Optional.of(new UnrecognizedNotificationCapabilityTlv(true)), List.of()));
    }

    /**
     * End-of-LIB (RFC 5919 section 4) for the prefix FECs of both families, after the initial advertisement, when
     * the peer announced the Unrecognized Notification capability; as FRR's fec_snap, even with no binding.
     */
    void sendEndOfLib() {
        if (!capUnrecognizedNotification) {
            return;
        }
        for (AddressFamily af : EndOfLib.FAMILIES) {
            send(EndOfLib.notification(host.nextMessageId(), af));
            endOfLibSent.add(af);
        }
    }

    private void sendNotification(LdpError e) {
        LOG.log(e.fatal() ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
                "neighbor " + id + ": sending notification: " + e);
        send(NotificationMessage.of(host.nextMessageId(), StatusTlv.of(e.status(), e.messageId(), e.messageType())));
    }

    /** Writes one message in its own PDU, counting it. */
    void send(Message m) {
        if (connection == null) {
            return;
        }
        if (m instanceof KnownMessage k) {
            counters.sent(k.type());
        }
        connection.send(Pdu.of(host.localId(), m).toBytes());
    }

    private void closeSession() {
        keepaliveTimer.cancel();
        keepaliveSender.cancel();
        if (connection != null) {
            connection.close();
            connection = null;
        }
        role = null;
        scheduleRetry();
    }

    /** The neighbor is gone (no adjacency left, or LDP stops): close its session with a Shutdown. */
    void remove() {
        if (fsm.state().hasSession()) {
            fire(new SessionEvent.LocalFatalError(LdpError.of(StatusCode.SHUTDOWN, "neighbor removed")));
        }
        removed = true;
        retry.cancel();
        keepaliveTimer.cancel();
        keepaliveSender.cancel();
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to keep
            }
        }
    }
}
