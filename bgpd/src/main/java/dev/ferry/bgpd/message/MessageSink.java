package dev.ferry.bgpd.message;

/** Receives encoded messages. The array is reused once {@code accept} returns: copy or write it out first. */
@FunctionalInterface
public interface MessageSink {
    void accept(byte[] buffer, int offset, int length);
}
