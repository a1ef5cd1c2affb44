package dev.ferry.lib.cli;

/** One line of `?` help: a token that may come next and what it means. "<cr>" ends the command. */
public record HelpEntry(String token, String help) implements Comparable<HelpEntry> {
    public static final String CR = "<cr>";

    @Override
    public int compareTo(HelpEntry o) {
        boolean cr = token.equals(CR);
        boolean otherCr = o.token.equals(CR);
        if (cr != otherCr) {
            return cr ? 1 : -1;
        }
        int c = token.compareTo(o.token);
        return c != 0 ? c : help.compareTo(o.help);
    }
}
