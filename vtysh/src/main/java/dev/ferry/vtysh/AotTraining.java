package dev.ferry.vtysh;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.vty.VtyServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code vtysh --aot-training}: runs the {@code -c} path once against a throwaway daemon in this JVM and
 * changes nothing else. The launcher runs it in the background with {@code -XX:AOTCacheOutput} the first
 * time vtysh starts, so later runs load the classes `vtysh -c` needs from JDK 25's AOT cache.
 */
final class AotTraining {
    private AotTraining() {
    }

    static int run() throws IOException {
        Path dir = Files.createTempDirectory("ferry-vtysh-training");
        Cli cli = new Cli();
        cli.install(Node.VIEW, "show version", "Show running system information\nDisplays version",
                ctx -> ctx.println("training"));
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try (VtyServer server = VtyServer.start(dir.resolve("zebra.vty"), cli, loop)) {
            return Vtysh.run(new String[] {"--vty_socket", dir.toString(), "-c", "show version", "-c", "show xyz"},
                    Writer.nullWriter(), Writer.nullWriter());
        } finally {
            loop.shutdownNow();
            Files.deleteIfExists(dir);
        }
    }
}
