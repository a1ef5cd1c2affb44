package dev.ferry.lab.proc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one step for every router at once (virtual threads) and waits for all; the first failure is rethrown
 * with the others suppressed in it ({@link #messages} lists them all).
 */
public final class Parallel {

    public interface Step<T> {
        void run(T item) throws Exception;
    }

    private Parallel() {
    }

    public static <T> void forEach(Collection<T> items, Step<T> step) throws Exception {
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(ex.submit(() -> {
                    step.run(item);
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Exception cause = e.getCause() instanceof Exception c ? c : new RuntimeException(e.getCause());
                    if (first == null) {
                        first = cause;
                    } else {
                        first.addSuppressed(cause);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** The message of {@code e} and of each failure suppressed in it, one per line: what every router said. */
    public static String messages(Exception e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t : e.getSuppressed()) {
            b.append("\n  ").append(t.getMessage());
        }
        return b.toString();
    }
}
