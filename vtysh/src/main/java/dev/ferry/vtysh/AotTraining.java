package dev.ferry.vtysh;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.vty.VtyProtocol;
import dev.ferry.lib.vty.VtyServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code vtysh --aot-training-server DIR}: a throwaway "zebra" answering {@code show version} on
 * DIR/zebra.vty, for the launcher's AOT cache training. The launcher runs it in a JVM of its own and
 * times the real {@code vtysh -c} against it with {@code -XX:AOTCacheOutput}: had the server run in the
 * trained JVM, its ~560 classes would be in the cache, and every {@code vtysh -c} would load them at start
 * (~6 ms, BENCHMARKS.md). It changes nothing else, and ends by itself if the launcher forgets it.
 */
final class AotTraining {
    private static final long LIFETIME_SECONDS = 120;

    private AotTraining() {
    }

    static void serve(Path dir) throws IOException, InterruptedException {
        Cli cli = new Cli();
        cli.install(Node.VIEW, "show version", "Show running system information\nDisplays version",
                ctx -> ctx.println("training"));
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try (VtyServer server = VtyServer.start(dir.resolve(VtyProtocol.socketName("zebra")), cli, loop)) {
            loop.awaitTermination(LIFETIME_SECONDS, TimeUnit.SECONDS);
        } finally {
            loop.shutdownNow();
        }
    }
}
