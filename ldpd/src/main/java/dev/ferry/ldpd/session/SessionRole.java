package dev.ferry.ldpd.session;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which side opens the session (RFC 5036 section 2.5.2): the LSR whose transport address is the higher, compared as
 * an unsigned number, is active: it connects and sends the first Initialization. The other is passive: it accepts
 * the connection and waits for the Initialization.
 */
public enum SessionRole {
    ACTIVE,
    PASSIVE;

    /**
     * This LSR's role towards a peer, from both transport addresses. They must be of the same family and differ
     * (a peer advertising this LSR's own transport address is refused at discovery, before any session).
     */
    public static SessionRole of(InetAddress local, InetAddress remote) {
        byte[] l = local.getAddress();
        byte[] r = remote.getAddress();
        if (l.length != r.length) {
            throw new IllegalArgumentException("transport addresses of different families: " + local + ", " + remote);
        }
        int order = Arrays.compareUnsigned(l, r);
        if (order == 0) {
            throw new IllegalArgumentException("peer has this LSR's transport address " + local);
        }
        return order > 0 ? ACTIVE : PASSIVE;
    }
}
