package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a config file into a daemon line by line, as FRR does: in config mode, a line that does not fit
 * the current node is tried in its parents, and a bad line is reported with its number and skipped.
 */
public final class ConfigFileLoader {
    private ConfigFileLoader() {
    }

    /** Applies {@code file}; returns one message per failed line ("line 7: % Unknown command: ..."). */
    public static List<String> load(Cli cli, Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        CliSession session = new CliSession(Node.ENABLE);
        cli.execute(session, "configure terminal");
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("end")) {
                continue; // a saved config ends with "end": stay in config mode for what follows
            }
            CliResult r = cli.execute(session, line);
            if (r.status().code() != 0) {
                String detail = r.matched() ? r.output().strip()
                        : CliResult.describeFailure(r.status(), line.strip(), -1).strip();
                errors.add("line " + (i + 1) + ": " + detail);
            }
        }
        return errors;
    }
}
