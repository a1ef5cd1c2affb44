package dev.ferry.zebra.rib;

/** Where a {@link FibPort} delivers results. Must be called on the RIB's event loop. */
public interface FibResultSink {
    void fibResults(FibAnswers answers);
}
