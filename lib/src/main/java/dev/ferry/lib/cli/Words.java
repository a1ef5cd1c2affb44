package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An input line split into words, remembering where each starts (for the caret under a bad word). */
record Words(String[] words, int[] offsets, int length) {

    static Words split(String line) {
        List<String> w = new ArrayList<>();
        List<Integer> o = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                w.add(line.substring(start, i));
                o.add(start);
            }
        }
        return new Words(w.toArray(String[]::new), o.stream().mapToInt(Integer::intValue).toArray(), line.length());
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    /** Config files use "!" (and FRR also accepts "#") to start a comment line. */
    boolean isComment() {
        return words.length > 0 && (words[0].startsWith("!") || words[0].startsWith("#"));
    }

    String[] all() {
        return words;
    }

    String[] allButLast() {
        return words.length == 0 ? words : Arrays.copyOf(words, words.length - 1);
    }

    String last() {
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** Where word {@code index} starts; just past the line's end for the word after the last. */
    int offset(int index) {
        return index < offsets.length ? offsets[index] : length;
    }
}
