package dev.ferry.lab.vm;

import java.util.List;
import java.util.regex.Pattern;

/** Quoting for the POSIX shell scripts the guest runs. */
final class Shell {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    /** Router, interface and VRF names that go into scripts and /run/netns unquoted. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private Shell() {
    }

    /** One word: as is when it is plain, else single-quoted ({@code '} becomes {@code '\''}). */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined with blanks: a command line the shell splits back into {@code argv}. */
    static String join(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String w : argv) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(quote(w));
        }
        return b.toString();
    }

    /** {@code name}, if it is safe as a file name and a shell word; else an exception saying what it names. */
    static String name(String what, String name) {
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(what + " \"" + name + "\" must be 1-64 letters, digits, '_', '.' or '-'");
        }
        return name;
    }
}
