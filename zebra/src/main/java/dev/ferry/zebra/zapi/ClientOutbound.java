package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ZebraMessage;

/**
 * zebra's way to talk to one client session. Call only on zebra's event loop. After the session ended, calls
 * do nothing.
 */
public interface ClientOutbound {

    ClientId client();

    /** zebra's id of this session (HelloAck.session_id). */
    long sessionId();

    /** Sends a message now, after any results still waiting to be batched. */
    void send(ZebraMessage message);

    /**
     * Queues the result of an operation. Results go out in batches of up to ~100: at once when a batch is full,
     * else at the end of the current event-loop task.
     */
    void result(Result result);

    /** Ends the session from zebra's side (the client reconnects and replays). */
    void end(String reason);

    /** Whether the session is still open. */
    boolean isOpen();
}
