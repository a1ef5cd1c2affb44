package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    @TempDir
    Path dir;

    @Test
    void appendsOneCommandPerLineEscapingBackslashes() throws Exception {
        Path file = dir.resolve(".history_frr");
        HistoryFile.append(file, "show version");
        HistoryFile.append(file, "   ");
        HistoryFile.append(file, "description a\\b");
        assertEquals(List.of("show version", "description a\\\\b"), Files.readAllLines(file));
    }

    @Test
    void trimKeepsTheLastThousand() throws Exception {
        Path file = dir.resolve(".history_frr");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            lines.add("show " + i);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        HistoryFile.trim(file);
        List<String> kept = Files.readAllLines(file);
        assertEquals(HistoryFile.KEEP, kept.size());
        assertEquals("show 500", kept.getFirst());
        assertEquals("show 1499", kept.getLast());
    }

    @Test
    void optionPathIsUsedWhenNoEnvironmentOverride() {
        if (System.getenv("VTYSH_HISTFILE") == null) {
            assertEquals(Path.of("/tmp/h"), HistoryFile.locate("/tmp/h"));
            assertEquals(Path.of(System.getProperty("user.home"), ".history_frr"), HistoryFile.locate(null));
        }
    }
}
