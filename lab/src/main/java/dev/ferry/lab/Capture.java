package dev.ferry.lab;

import java.nio.file.Path;

/** A packet capture running on one router interface; stop() ends it and returns the pcap file. */
public interface Capture extends AutoCloseable {

    /** Stops the capture (waiting until the file is complete) and returns where the pcap is. */
    Path stop();

    @Override
    default void close() {
        stop();
    }
}
