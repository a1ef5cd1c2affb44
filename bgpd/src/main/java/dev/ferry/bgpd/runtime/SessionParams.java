package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.nlri.AddressFamily;
import java.util.Set;

/**
 * What our side of one session is, taken from the configuration when the session starts: our AS and identifier,
 * the peer's expected AS, the families we offer and our timers. A change of any of these resets the session.
 *
 * @param localId        our BGP Identifier (network-order int)
 * @param holdSeconds    the hold time we offer (FRR: 180, or `timers`)
 * @param keepaliveSeconds our keepalive interval (FRR: 60, or `timers`)
 * @param hostname       sent in the FQDN capability, as FRR does (null: not sent)
 */
public record SessionParams(long localAs, int localId, RemoteAs remoteAs, Set<AddressFamily> families,
        int holdSeconds, int keepaliveSeconds, String hostname) {

    public static final int DEFAULT_HOLD = 180;
    public static final int DEFAULT_KEEPALIVE = 60;

    public SessionParams {
        families = Set.copyOf(families);
    }
}
