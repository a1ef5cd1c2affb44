package dev.ferry.ldpd.discovery;

import dev.ferry.ldpd.packet.LdpId;
import java.time.Instant;

/**
 * A Hello adjacency (RFC 5036 section 2.4.1): a peer heard on one interface, with the transport address its
 * Hellos carry and the hold time both sides agreed (the smaller of the two). It lives until no Hello refreshes it
 * for that hold time.
 */
public final class Adjacency {
    private final String ifname;
    private final LdpId peer;
    private final Instant created;
    int ifindex;
    int source;
    int transport;
    int holdtime;
    Instant expires;

    Adjacency(String ifname, LdpId peer, Instant created) {
        this.ifname = ifname;
        this.peer = peer;
        this.created = created;
    }

    public String ifname() {
        return ifname;
    }

    public int ifindex() {
        return ifindex;
    }

    public LdpId peer() {
        return peer;
    }

    /** The Hellos' source address. */
    public int source() {
        return source;
    }

    /** The peer's transport address: its Transport Address TLV, else the Hellos' source. */
    public int transport() {
        return transport;
    }

    /** The agreed hold time in seconds; 65535 is infinite. */
    public int holdtime() {
        return holdtime;
    }

    /** When it expires without another Hello; null when the hold time is infinite. */
    public Instant expires() {
        return expires;
    }

    public Instant created() {
        return created;
    }
}
