package dev.ferry.ldpd.network;

import java.net.InetSocketAddress;

/**
 * What a session needs from its transport: write whole PDUs, close, and the two ends for the show commands.
 * {@link Connection} is the TCP one; tests plug in an in-memory one to drive a session byte by byte.
 */
public interface SessionTransport {
    /** Writes a whole PDU; a failure closes the transport, which then reports the close to its listener. */
    void send(byte[] pdu);

    /** Closes it; its listener hears nothing more of it. */
    void close();

    InetSocketAddress local();

    InetSocketAddress remote();

    /** What the transport hands to the daemon's loop. */
    interface Listener {
        void bytes(SessionTransport t, byte[] data);

        void closed(SessionTransport t, String reason);
    }
}
