package dev.ferry.it.docs;

import java.util.ArrayList;
import java.util.List;

/** The bits of Markdown the reference is written with: escaped text, code spans, a command entry. */
final class Markdown {
    private Markdown() {
    }

    /** Plain text with the characters Markdown would read as markup escaped ("<rundir>", "*", "|"). */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_<>[]|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A code span; inside a table cell a pipe still needs its backslash (GitHub's tables). */
    static String code(String s, boolean inTable) {
        return "`" + (inTable ? s.replace("|", "\\|") : s) + "`";
    }

    /**
     * One command as a list item: the syntax, its owners, and on a second line the help of its tokens,
     * tokens with the same help next to each other joined ("`emergencies|alerts|...` Logging level").
     */
    static String commandItem(String syntax, String owners, List<String> helpLines) {
        StringBuilder b = new StringBuilder("- ").append(code(syntax, false)).append(" — ").append(owners);
        String help = tokenHelp(helpLines);
        if (!help.isEmpty()) {
            b.append("\\\n  ").append(help);
        }
        return b.append('\n').toString();
    }

    private static String tokenHelp(List<String> helpLines) {
        List<String[]> groups = new ArrayList<>();
        for (String line : helpLines) {
            String[] tokenAndHelp = line.split("\t", 2);
            String help = tokenAndHelp.length < 2 ? "" : tokenAndHelp[1].strip();
            String[] last = groups.isEmpty() ? null : groups.getLast();
            if (last != null && last[1].equals(help)) {
                last[0] += "|" + tokenAndHelp[0];
            } else {
                groups.add(new String[] {tokenAndHelp[0], help});
            }
        }
        List<String> parts = new ArrayList<>();
        for (String[] g : groups) {
            parts.add(code(g[0], false) + (g[1].isEmpty() ? "" : " " + text(g[1])));
        }
        return String.join(" · ", parts);
    }
}
