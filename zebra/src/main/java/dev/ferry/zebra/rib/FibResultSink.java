package dev.ferry.zebra.rib;

import java.util.List;

/** Where a {@link FibPort} delivers results. Must be called on the RIB's event loop. */
public interface FibResultSink {
    void fibResults(List<FibResult> results);
}
