package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.Message;
import java.util.concurrent.ScheduledExecutorService;

/** What a {@link Neighbor} needs from the daemon: identity, timers' loop, and where session events go. */
interface NeighborHost {
    LdpId localId();

    /** This LSR's transport address (IPv4 as an int). */
    int localTransport();

    /** The KeepAlive time this LSR proposes (FRR's default 180 s). */
    int keepaliveTime();

    /** A fresh message id (one counter per LSR, as FRR's ldpe). */
    int nextMessageId();

    ScheduledExecutorService loop();

    /** The session became operational. */
    void operational(Neighbor n);

    /** The operational session ended. */
    void down(Neighbor n);

    /** A label or address message on an operational session. */
    void message(Neighbor n, Message m);
}
