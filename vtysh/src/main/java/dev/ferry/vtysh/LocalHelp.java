package dev.ferry.vtysh;

import java.util.Map;

/** `?` and TAB candidates for vtysh's own commands (LocalCommands), with FRR's help strings. */
final class LocalHelp {
    private static final String NO_HEADER_HELP = "Skip \"Building configuration...\" header";

    /** Context (words before the token, space separated), token, help. */
    private static final String[][] ENTRIES = {
        {"", "copy", "Copy from one file to another"},
        {"", "write", "Write running configuration to memory, network, or terminal"},
        {"", "terminal", "Set terminal line parameters"},
        {"show", "daemons", "Show list of running daemons"},
        {"show", "running-config", "Current operating configuration"},
        {"show running-config", "no-header", NO_HEADER_HELP},
        {"show running-config", Help.CR, ""},
        {"write", "memory", "Write configuration to the file (same as write file)"},
        {"write", "file", "Write configuration to the file (same as write memory)"},
        {"write", "terminal", "Write to terminal"},
        {"write", "integrated", "Write integrated all-daemon frr.conf file"},
        {"write", Help.CR, ""},
        {"write terminal", "no-header", NO_HEADER_HELP},
        {"write terminal", Help.CR, ""},
        {"copy", "running-config", "Copy from current system configuration"},
        {"copy running-config", "startup-config", "Copy to startup configuration"},
        {"terminal", "length", "Set number of lines on a screen"},
        {"terminal", "paginate", "Use pager for output scrolling"},
    };

    private LocalHelp() {
    }

    /** Adds the candidates of vtysh's own commands for BUFFER at NODE. */
    static void addCandidates(String node, String buffer, Map<String, String> candidates) {
        String[] words = Words.split(buffer);
        int from = 0;
        if (!LocalCommands.isExecNode(node)) {
            if (words.length == 0 || !words[0].equals("do")) {
                return;
            }
            from = 1;
        }
        boolean partial = !buffer.isEmpty() && !Character.isWhitespace(buffer.charAt(buffer.length() - 1));
        int contextEnd = partial ? words.length - 1 : words.length;
        if (contextEnd < from) {
            return;
        }
        String last = partial ? words[words.length - 1] : "";
        for (String[] entry : ENTRIES) {
            if (!contextMatches(entry[0], words, from, contextEnd)) {
                continue;
            }
            if (entry[1].equals(Help.CR) ? !partial : entry[1].startsWith(last)) {
                candidates.putIfAbsent(entry[1], entry[2]);
            }
        }
        boolean daemonsFollow = contextMatches("show running-config", words, from, contextEnd)
                || contextMatches("write terminal", words, from, contextEnd);
        if (daemonsFollow) {
            for (String d : Daemons.ORDER) {
                if (d.startsWith(last)) {
                    candidates.putIfAbsent(d, "For the " + d + " daemon");
                }
            }
        }
    }

    private static boolean contextMatches(String context, String[] words, int from, int to) {
        String[] keywords = Words.split(context);
        if (keywords.length != to - from) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!Words.abbreviates(words[from + i], keywords[i], 1)) {
                return false;
            }
        }
        return true;
    }
}
