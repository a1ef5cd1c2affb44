package dev.ferry.ospfd.runtime;

/**
 * Replay protection for one neighbor's keyed-MD5 packets (RFC 2328 D.5.1): a packet whose cryptographic
 * sequence number is below the last one accepted from that neighbor is discarded; an equal one is accepted
 * (several packets go out within one second of FRR's clock-based numbers). Only packets whose digest verified
 * reach this check, so a forged packet cannot raise the bar. Drops come in bursts (a neighbor that restarted
 * with a lower number, a replay); the first drop of a burst is worth a log line, the rest only a count, and
 * the end of a burst says how many were dropped.
 */
final class CryptoSequenceCheck {
    private static final long UNSIGNED = 0xFFFF_FFFFL;

    /** What became of one packet. */
    enum Verdict {
        /** In order: accepted. */
        ACCEPTED,
        /** In order after a burst of drops: accepted; {@link #lastBurst()} says how many were dropped. */
        ACCEPTED_AFTER_DROPS,
        /** Below the last accepted, the first of a burst: dropped, log it. */
        DROPPED_FIRST,
        /** Below the last accepted, within a burst: dropped, count it only. */
        DROPPED
    }

    private long lastAccepted = -1;
    private long burst;
    private long lastBurst;
    private long dropped;

    /** Checks and, when accepted, remembers this packet's sequence number (unsigned 32 bits in an int). */
    Verdict offer(int sequence) {
        long s = sequence & UNSIGNED;
        if (s < lastAccepted) {
            dropped++;
            return burst++ == 0 ? Verdict.DROPPED_FIRST : Verdict.DROPPED;
        }
        lastAccepted = s;
        if (burst == 0) {
            return Verdict.ACCEPTED;
        }
        lastBurst = burst;
        burst = 0;
        return Verdict.ACCEPTED_AFTER_DROPS;
    }

    /** The last number accepted, or -1 before the first packet. */
    long lastAccepted() {
        return lastAccepted;
    }

    /** How many the burst that ended with the last {@link Verdict#ACCEPTED_AFTER_DROPS} dropped. */
    long lastBurst() {
        return lastBurst;
    }

    /** Packets dropped for their sequence number since the neighbor was first heard. */
    long dropped() {
        return dropped;
    }
}
