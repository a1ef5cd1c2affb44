package dev.ferry.vtysh;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words the way FRR's cmd_make_strvec does: on blanks, nothing quoted. */
final class Words {
    private Words() {
    }

    static String[] split(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(line.substring(start, i));
            }
        }
        return words.toArray(new String[0]);
    }

    /** Whether WORD abbreviates KEYWORD with at least MIN characters. */
    static boolean abbreviates(String word, String keyword, int min) {
        return word.length() >= min && keyword.startsWith(word);
    }

    /** Blank lines and "!"/"#" comments are no commands (cmd_make_strvec returns NULL for them). */
    static boolean isNothing(String line) {
        String s = line.strip();
        return s.isEmpty() || s.charAt(0) == '!' || s.charAt(0) == '#';
    }
}
