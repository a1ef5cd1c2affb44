package dev.ferry.ospfd.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** log-adjacency-changes: FRR's two flags, and a running-config line only where it differs from the profile. */
class AdjacencyLoggingTest {

    @Test
    void printsOnlyWhatDiffersFromTheProfile() {
        assertNull(new AdjacencyLogging(false).configLine("traditional"));
        assertNull(new AdjacencyLogging(true).configLine("datacenter"));
        assertEquals("log-adjacency-changes", new AdjacencyLogging(true).configLine("traditional"));
        assertEquals("no log-adjacency-changes", new AdjacencyLogging(false).configLine("datacenter"));
    }

    @Test
    void detailIsAlwaysPrinted() {
        AdjacencyLogging logging = new AdjacencyLogging(true);
        logging.enable(true);
        assertEquals("log-adjacency-changes detail", logging.configLine("datacenter"));
        assertEquals("log-adjacency-changes detail", logging.configLine("traditional"));
    }

    @Test
    void noDetailKeepsTheChangesAndPlainNoStopsBoth() {
        AdjacencyLogging logging = new AdjacencyLogging(false);
        logging.enable(true);
        logging.disable(true);
        assertEquals("log-adjacency-changes", logging.configLine("traditional"));
        logging.enable(true);
        logging.disable(false);
        assertNull(logging.configLine("traditional"));
        logging.disable(true);
        assertNull(logging.configLine("traditional"));
    }
}
