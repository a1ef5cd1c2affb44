package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * `?` and TAB for a partial line: the candidates of every daemon at vtysh's node plus vtysh's own
 * commands, merged, and `?`'s listing in FRR's layout (vtysh.c vtysh_process_questionmark).
 */
final class Help {
    static final String CR = "<cr>";

    private Help() {
    }

    /** What `?` prints for BUFFER. */
    static String describe(Dispatcher dispatcher, String buffer) {
        Map<String, String> candidates = new LinkedHashMap<>();
        boolean ambiguous = false;
        for (DaemonSession d : inStep(dispatcher)) {
            VtyClient.Reply r = d.help(buffer);
            if (r == null) {
                continue;
            }
            ambiguous |= r.status() == VtyClient.CMD_ERR_AMBIGUOUS;
            parseInto(r.output(), candidates);
        }
        LocalHelp.addCandidates(dispatcher.node(), buffer, candidates);
        if (candidates.isEmpty()) {
            return ambiguous ? "% Ambiguous command.\n" : "% There is no matched command.\n";
        }
        return format(candidates);
    }

    /** The words TAB may put at the end of BUFFER, sorted. */
    static List<String> complete(Dispatcher dispatcher, String buffer) {
        TreeSet<String> words = new TreeSet<>();
        for (DaemonSession d : inStep(dispatcher)) {
            VtyClient.Reply r = d.complete(buffer);
            if (r == null || r.status() != VtyClient.CMD_SUCCESS) {
                continue;
            }
            for (String word : r.output().split("\n")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
        }
        Map<String, String> local = new LinkedHashMap<>();
        LocalHelp.addCandidates(dispatcher.node(), buffer, local);
        for (String token : local.keySet()) {
            if (!token.equals(CR)) {
                words.add(token);
            }
        }
        return new ArrayList<>(words);
    }

    /** Adds "token\thelp" lines to CANDIDATES; the first help seen for a token is kept. */
    static void parseInto(String body, Map<String, String> candidates) {
        for (String line : body.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String token = tab < 0 ? line : line.substring(0, tab);
            String help = tab < 0 ? "" : line.substring(tab + 1);
            candidates.putIfAbsent(token, help);
        }
    }

    /** FRR's listing: sorted (strcmp), "<cr>" first, tokens padded to the longest, two-space indent. */
    static String format(Map<String, String> candidates) {
        TreeSet<String> tokens = new TreeSet<>(candidates.keySet());
        int width = 0;
        for (String t : tokens) {
            width = Math.max(width, t.length());
        }
        StringBuilder out = new StringBuilder();
        if (tokens.remove(CR)) {
            appendLine(out, CR, candidates.get(CR), width);
        }
        for (String t : tokens) {
            appendLine(out, t, candidates.get(t), width);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, String token, String help, int width) {
        out.append("  ").append(token);
        for (int i = token.length(); i < width; i++) {
            out.append(' ');
        }
        out.append("  ").append(help).append('\n');
    }

    private static List<DaemonSession> inStep(Dispatcher dispatcher) {
        List<DaemonSession> sessions = new ArrayList<>();
        for (DaemonSession d : dispatcher.daemons().alive()) {
            if (d.node().equals(dispatcher.node())) {
                sessions.add(d);
            }
        }
        return sessions;
    }
}
