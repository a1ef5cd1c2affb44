package dev.ferry.ospfd.core.lsdb;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;

/**
 * LS sequence numbers of self-originated LSAs (RFC 2328 12.1.6): a signed 32-bit space from InitialSequenceNumber
 * (0x80000001) to MaxSequenceNumber (0x7fffffff). The space does not wrap by itself: when the current instance
 * already carries MaxSequenceNumber, the originator must first flush it (re-flood it at MaxAge) and wait until it is
 * acknowledged by every neighbor and removed from the database; only then is the next instance originated, with
 * InitialSequenceNumber again. Otherwise a wrapped, lower number would look older to everyone and be ignored.
 */
public final class SequenceNumbers {
    private SequenceNumbers() {
    }

    /** Whether the next instance needs the flush-first wrap of RFC 12.1.6 (see {@link #next}). */
    public static boolean mustFlushBeforeNext(Lsa previousOrNull) {
        return previousOrNull != null && previousOrNull.header().sequence() == LsaHeader.MAX_SEQUENCE;
    }

    /**
     * The sequence number of the next instance: InitialSequenceNumber when there is no previous one (never
     * originated, or the flushed instance is gone), else one more than the previous.
     *
     * @throws IllegalStateException when the previous instance is at MaxSequenceNumber: the caller must flush it
     *     first ({@link #mustFlushBeforeNext}); this is a caller's bug, not bad input
     */
    public static int next(Lsa previousOrNull) {
        if (previousOrNull == null) {
            return LsaHeader.INITIAL_SEQUENCE;
        }
        if (mustFlushBeforeNext(previousOrNull)) {
            throw new IllegalStateException("sequence number at MaxSequenceNumber: flush " + previousOrNull.key()
                    + " and originate again once it is removed (RFC 2328 12.1.6)");
        }
        return previousOrNull.header().sequence() + 1;
    }
}
