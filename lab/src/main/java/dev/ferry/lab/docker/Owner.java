package dev.ferry.lab.docker;

import java.util.Optional;

/**
 * Who owns a lab: a JVM identified as {@code <pid>@<start time in ms>}, so that a reused pid is not taken
 * for the owner. A lab whose owner is gone was left behind (a killed JVM) and may be swept.
 */
final class Owner {

    private Owner() {
    }

    static String current() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "@" + self.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }

    /** Whether the owner named by {@code text} still runs; "kept" and unreadable owners count as alive. */
    static boolean alive(String text) {
        int at = text.indexOf('@');
        if (at <= 0) {
            return true;
        }
        try {
            long pid = Long.parseLong(text.substring(0, at));
            long start = Long.parseLong(text.substring(at + 1));
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            return p.isPresent() && p.get().info().startInstant().map(i -> i.toEpochMilli() == start).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
