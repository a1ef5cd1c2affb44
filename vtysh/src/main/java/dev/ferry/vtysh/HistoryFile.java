package dev.ferry.vtysh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * vtysh's command history, ~/.history_frr as FRR keeps it (VTYSH_HISTFILE, then -H, then the home
 * directory). One command a line, which is also what jline reads when it is told not to timestamp.
 */
final class HistoryFile {
    static final String NAME = ".history_frr";
    /** FRR keeps the last 1000 commands (history_truncate_file). */
    static final int KEEP = 1000;
    /** Trimming reads the whole file: only bother once it is clearly past KEEP lines. */
    private static final long TRIM_ABOVE_BYTES = 128 * 1024;

    private HistoryFile() {
    }

    /** The history file, or null if there is no home directory to keep it in. */
    static Path locate(String optionPath) {
        String env = System.getenv("VTYSH_HISTFILE");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        if (optionPath != null) {
            return Path.of(optionPath);
        }
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() || home.equals("?") ? null : Path.of(home, NAME);
    }

    /** Appends LINE, as FRR does for each -c command; history is a convenience, so failures are ignored. */
    static void append(Path file, String line) {
        if (file == null || line.isBlank()) {
            return;
        }
        // jline's history escapes backslashes and newlines the same way when it writes.
        String escaped = line.replace("\\", "\\\\") + "\n";
        try {
            Files.write(file, escaped.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            if (Files.size(file) > TRIM_ABOVE_BYTES) {
                trim(file);
            }
        } catch (IOException | SecurityException e) {
            // read-only home, full disk: the command itself still runs
        }
    }

    /** Keeps the last KEEP lines. */
    static void trim(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() > KEEP) {
            Files.write(file, lines.subList(lines.size() - KEEP, lines.size()), StandardCharsets.UTF_8);
        }
    }
}
