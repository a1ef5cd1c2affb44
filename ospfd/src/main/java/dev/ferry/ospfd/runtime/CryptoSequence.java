package dev.ferry.ospfd.runtime;

import java.util.function.LongSupplier;

/**
 * The cryptographic sequence numbers this router sends with keyed MD5 (RFC 2328 D.3, D.4.3). A neighbor drops
 * a packet whose number is below the last it accepted from us (D.5.1), so the numbers must never go backwards,
 * not even across a restart, when the last one sent is forgotten. As FRR 8.4 ({@code ospf_make_md5_digest}):
 * the wall clock's seconds since the epoch, or one more than the last number when that is not below them. A
 * restart thus starts above every number sent before it, as long as the router sent on average at most one
 * packet a second (a burst of more only runs ahead for as long as it lasts).
 */
final class CryptoSequence {
    private static final long UNSIGNED = 0xFFFF_FFFFL;

    private final LongSupplier epochSeconds;
    private long last = -1;

    CryptoSequence(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    /** From the system clock. */
    static CryptoSequence fromSystemClock() {
        return new CryptoSequence(() -> System.currentTimeMillis() / 1000);
    }

    /** The number for the next packet: unsigned 32 bits, carried in an int. */
    int next() {
        long now = epochSeconds.getAsLong() & UNSIGNED;
        last = now > last ? now : (last + 1) & UNSIGNED;
        return (int) last;
    }
}
