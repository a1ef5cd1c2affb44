package dev.ferry.lab.docker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Undo actions for everything a lab created, run last-created first (containers before the networks they
 * sit on). Each step is registered right before the thing it undoes is created, and undo steps tolerate
 * things that do not exist, so a start that fails half way cleans up exactly what it made. Runs at most
 * once: from {@code close()}, from a failed start, or from the JVM shutdown hook, whichever comes first.
 */
final class Teardown {

    private record Step(String what, Runnable action) {
    }

    private final String labId;
    private final Deque<Step> steps = new ArrayDeque<>();
    private Thread hook;
    private boolean done;

    Teardown(String labId) {
        this.labId = labId;
    }

    synchronized void add(String what, Runnable action) {
        if (done) {
            throw new IllegalStateException("lab " + labId + " is already torn down");
        }
        steps.push(new Step(what, action));
    }

    /** Also tear down when the JVM exits (normally, or by SIGTERM/SIGINT) before close(). */
    synchronized void runOnJvmExit() {
        if (hook == null) {
            hook = new Thread(() -> run().forEach(f -> System.err.println("ferry-lab: lab " + labId
                    + " at JVM exit: " + f)), "ferry-lab-teardown-" + labId);
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Runs every step; returns what failed ("what: error"), empty when all went well. */
    List<String> run() {
        List<Step> todo;
        synchronized (this) {
            if (done) {
                return List.of();
            }
            done = true;
            todo = new ArrayList<>(steps);
            steps.clear();
            if (hook != null && Thread.currentThread() != hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already: the hook runs this too, and finds it done
                }
            }
        }
        List<String> failures = new ArrayList<>();
        for (Step s : todo) {
            try {
                s.action().run();
            } catch (RuntimeException e) {
                failures.add(s.what() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
