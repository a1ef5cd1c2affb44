package dev.ferry.bgpd.fsm;

/**
 * Connection collision resolution (RFC 4271 section 6.8): when two connections to one peer both reach the point
 * where both BGP Identifiers are known, the one initiated by the speaker with the higher identifier survives.
 * Identifiers compare as unsigned 32-bit numbers (10.0.0.1 &lt; 192.0.2.1 although the int is negative). With
 * equal identifiers (legal between ASes since RFC 6286 section 2.3) the speaker with the larger AS number wins.
 * The runtime posts {@link FsmEvent.OpenCollisionDump} to the FSM of the connection to close.
 */
public final class CollisionResolution {
    private CollisionResolution() {
    }

    /** Which end opened a TCP connection. */
    public enum Initiator {
        LOCAL,
        REMOTE
    }

    /**
     * The connection to close: the one we initiated when our identifier is lower, else the peer's.
     *
     * @param localId  our BGP Identifier as the OPEN carries it (network order int)
     * @param remoteId the peer's BGP Identifier
     * @param localAs  our AS number (4-byte, unsigned), used only on equal identifiers
     * @param remoteAs the peer's AS number
     */
    public static Initiator connectionToClose(int localId, int remoteId, long localAs, long remoteAs) {
        int byId = Integer.compareUnsigned(localId, remoteId);
        if (byId != 0) {
            return byId < 0 ? Initiator.LOCAL : Initiator.REMOTE;
        }
        return Long.compare(localAs, remoteAs) < 0 ? Initiator.LOCAL : Initiator.REMOTE;
    }
}
