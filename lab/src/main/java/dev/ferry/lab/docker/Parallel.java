package dev.ferry.lab.docker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one step for every router at once (virtual threads) and waits for all; the first failure is rethrown. */
final class Parallel {

    interface Step<T> {
        void run(T item) throws Exception;
    }

    private Parallel() {
    }

    static <T> void forEach(Collection<T> items, Step<T> step) throws Exception {
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
}
