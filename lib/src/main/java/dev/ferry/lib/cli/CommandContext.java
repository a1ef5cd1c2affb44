package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command action sees: the values bound by the match, the session, and where to write output.
 * Values are looked up by bind name: {@code ASNUM$asn} is "asn", a keyword is its own text ("vrf"),
 * an unnamed variable its token text ("A.B.C.D"). Keywords typed abbreviated are given in full.
 */
public final class CommandContext {
    private final Cli cli;
    private final CliSession session;
    private final List<Matcher.Step> steps;
    private final String line;
    private final StringBuilder out = new StringBuilder();
    private CmdStatus status = CmdStatus.SUCCESS;
    private int errorOffset = -1;

    CommandContext(Cli cli, CliSession session, List<Matcher.Step> steps, String line) {
        this.cli = cli;
        this.session = session;
        this.steps = steps;
        this.line = line;
    }

    public boolean has(String name) {
        for (Matcher.Step s : steps) {
            if (s.token().bindName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value bound to {@code name}, or null. A variable wins over a keyword of the same name, so in
     * {@code [vrf NAME$vrf]} "vrf" is the VRF's name, as in FRR's DEFPY.
     */
    public String arg(String name) {
        String keyword = null;
        for (Matcher.Step s : steps) {
            if (s.token().bindName().equals(name)) {
                if (s.token().kind() != TokenKind.KEYWORD) {
                    return value(s);
                }
                keyword = keyword == null ? value(s) : keyword;
            }
        }
        return keyword;
    }

    public String arg(String name, String fallback) {
        String v = arg(name);
        return v == null ? fallback : v;
    }

    /** Every value bound to {@code name}, in order (a name may appear more than once). */
    public List<String> args(String name) {
        List<String> values = new ArrayList<>();
        for (Matcher.Step s : steps) {
            if (s.token().bindName().equals(name)) {
                values.add(value(s));
            }
        }
        return values;
    }

    public long number(String name) {
        return Long.parseLong(arg(name));
    }

    /** Whether the line was the `no` form of the command. */
    public boolean no() {
        return !steps.isEmpty() && steps.getFirst().token().text().equals("no")
                && steps.getFirst().token().kind() == TokenKind.KEYWORD;
    }

    /** The words of the line after keyword expansion: "configure terminal" for "conf t". */
    public String expandedLine() {
        List<String> words = new ArrayList<>();
        for (Matcher.Step s : steps) {
            words.add(value(s));
        }
        return String.join(" ", words);
    }

    public String line() {
        return line;
    }

    public Node node() {
        return session.node();
    }

    public CliSession session() {
        return session;
    }

    public Cli cli() {
        return cli;
    }

    /** The object of the nearest enclosing node of this type (the BGP instance, the interface). */
    public <T> T data(Class<T> type) {
        T d = session.nearest(type);
        if (d == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in node " + session.node());
        }
        return d;
    }

    /** Enters a node below the current one, editing {@code data}. */
    public void enter(Node node, Object data) {
        session.push(node, data);
    }

    public void print(String text) {
        out.append(text);
    }

    public void println(String text) {
        out.append(text).append('\n');
    }

    public void printf(String format, Object... args) {
        out.append(String.format(format, args));
    }

    /** Refuses the command with a message; config nodes report it as FRR's CMD_WARNING_CONFIG_FAILED. */
    public void warn(String message) {
        println(message);
        status = session.node().isConfig() ? CmdStatus.WARNING_CONFIG_FAILED : CmdStatus.WARNING;
    }

    /** Prints a warning with FRR's plain CMD_WARNING status, in any node (not a config failure). */
    public void warning(String message) {
        println(message);
        status = CmdStatus.WARNING;
    }

    void status(CmdStatus s) {
        status = s;
    }

    void errorOffset(int offset) {
        errorOffset = offset;
    }

    int errorOffset() {
        return errorOffset;
    }

    CmdStatus status() {
        return status;
    }

    String output() {
        return out.toString();
    }

    private static String value(Matcher.Step s) {
        return s.token().kind() == TokenKind.KEYWORD ? s.token().text() : s.word();
    }
}
