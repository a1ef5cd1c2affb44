package dev.ferry.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion with a time limit and returns its exit status and output. */
final class Shell {
    record Result(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    private Shell() {
    }

    // Output goes through a file, not a pipe: a daemon started by the command may inherit the pipe and
    // keep it open, and reading it to its end would then never return.
    static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ferry-it", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            // the JDK running the tests is the one the distribution needs
            pb.environment().put("FERRY_JAVA_HOME", System.getProperty("java.home"));
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s: " + command
                        + "\n" + Files.readString(out));
            }
            return new Result(p.exitValue(), Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
