package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A daemon's command set and the engine that runs lines against it with FRR's semantics: unique-prefix
 * abbreviation, best-match disambiguation, `?` help, TAB completion, and falling back to parent nodes
 * when a config line does not belong to the current node (how FRR reads files without `exit` lines).
 */
public final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private final Map<Node, List<Command>> byNode = new EnumMap<>(Node.class);
    private Runnable configChanged = () -> { };

    public Cli() {
        StandardCommands.install(this);
    }

    public Command install(Node node, String syntax, String help, Action action) {
        Command c = Command.of(node, syntax, help, action);
        byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(c);
        return c;
    }

    /** The same command in several nodes, as FRR's install_element in a loop. */
    public void install(Set<Node> nodes, String syntax, String help, Action action) {
        for (Node n : nodes) {
            install(n, syntax, help, action);
        }
    }

    /**
     * Who hears that a configuration command ran (a protocol reconciles its state with the configuration):
     * called after every successful command whose node is a config node.
     */
    public void onConfigChange(Runnable listener) {
        this.configChanged = listener;
    }

    /** Every installed command, node by node in FRR's node order (for the generated CLI reference). */
    public List<Command> commands() {
        List<Command> all = new ArrayList<>();
        byNode.values().forEach(all::addAll);
        return all;
    }

    /** Whether some command is installed in {@code node}; vtysh asks daemons which nodes they own. */
    public boolean owns(Node node) {
        return byNode.containsKey(node);
    }

    /** Executes one line in the session, moving it between nodes as the command says. */
    public CliResult execute(CliSession session, String line) {
        Words words = Words.split(line);
        if (words.isEmpty() || words.isComment()) {
            return CliResult.ok("");
        }
        Selection sel = select(session.node(), words);
        int furthest = sel.furthest;
        if (sel.status == CmdStatus.ERR_NO_MATCH && session.node().isConfig()) {
            for (Node up = session.node().parent(); up != null && up.isConfig(); up = up.parent()) {
                if (!session.onStack(up)) {
                    continue;
                }
                Selection parentSel = select(up, words);
                furthest = Math.max(furthest, parentSel.furthest);
                if (parentSel.status != CmdStatus.ERR_NO_MATCH) {
                    if (parentSel.command != null) {
                        return run(session, up, parentSel, line);
                    }
                    sel = parentSel;
                    break;
                }
            }
        }
        if (sel.command == null) {
            int offset = sel.status == CmdStatus.ERR_NO_MATCH ? words.offset(furthest) : -1;
            return new CliResult(sel.status, "", offset);
        }
        return run(session, null, sel, line);
    }

    /**
     * How well this CLI would match {@code line} in the session, without running it; null when no
     * command would run (unknown, ambiguous or incomplete).
     */
    public MatchRank rank(CliSession session, String line) {
        Words words = Words.split(line);
        if (words.isEmpty() || words.isComment()) {
            return new MatchRank(0, new int[0]);
        }
        int levels = 0;
        for (Node n = session.node(); n != null; n = n.parent(), levels++) {
            if (levels > 0 && (!n.isConfig() || !session.onStack(n))) {
                break;
            }
            Selection sel = select(n, words);
            if (sel.command != null) {
                return new MatchRank(levels, sel.ranks);
            }
            if (sel.status != CmdStatus.ERR_NO_MATCH || !session.node().isConfig()) {
                return null;
            }
        }
        return null;
    }

    private CliResult run(CliSession session, Node popTo, Selection sel, String line) {
        CliSession before = session.copy();
        if (popTo != null) {
            session.popTo(popTo);
        }
        CommandContext ctx = new CommandContext(this, session, sel.steps, line);
        try {
            sel.command.action().run(ctx);
        } catch (CliError e) {
            ctx.warn(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "command \"" + line + "\" failed", e);
            ctx.warn("% Internal error in \"" + line + "\": " + e);
        }
        if (ctx.status() != CmdStatus.SUCCESS && ctx.status() != CmdStatus.NO_LEVEL_UP) {
            session.restore(before);
        } else if (sel.command.node().isConfig()) {
            configChanged.run();
        }
        int offset = ctx.errorOffset() < 0 ? -1 : ctx.errorOffset() + leadingSpaces(line);
        return new CliResult(ctx.status(), ctx.output(), offset);
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** `?`: the tokens that may come next, or that complete the partial last word. */
    public List<HelpEntry> help(CliSession session, String line) {
        Words words = Words.split(line);
        boolean partial = !line.isEmpty() && !Character.isWhitespace(line.charAt(line.length() - 1));
        String[] complete = partial ? words.allButLast() : words.all();
        String last = partial ? words.last() : "";
        Set<HelpEntry> entries = new TreeSet<>();
        for (Command c : visible(session.node())) {
            Matcher m = Matcher.run(c.syntax(), complete);
            for (Token t : m.nextTokens) {
                if (!partial || t.match(last) != MatchType.NONE) {
                    entries.add(new HelpEntry(t.displayText(), t.help()));
                }
            }
            if (!partial && !m.complete.isEmpty()) {
                entries.add(new HelpEntry(HelpEntry.CR, ""));
            }
        }
        return List.copyOf(entries);
    }

    /** TAB: the keywords that may complete the last word (or come next, after a space). */
    public List<String> complete(CliSession session, String line) {
        Set<String> words = new LinkedHashSet<>();
        for (HelpEntry e : help(session, line)) {
            if (!e.token().equals(HelpEntry.CR) && isKeyword(e.token())) {
                words.add(e.token());
            }
        }
        return List.copyOf(new TreeSet<>(words));
    }

    private static boolean isKeyword(String token) {
        return Token.parse(token, null, null).kind() == TokenKind.KEYWORD;
    }

    List<Command> visible(Node node) {
        List<Command> all = new ArrayList<>(byNode.getOrDefault(node, List.of()));
        if (node == Node.ENABLE) {
            all.addAll(byNode.getOrDefault(Node.VIEW, List.of()));
        }
        return all;
    }

    /** The outcome of matching a line in one node. */
    private record Selection(CmdStatus status, Command command, List<Matcher.Step> steps, int[] ranks,
            int furthest) {
    }

    private Selection select(Node node, Words words) {
        String[] w = words.all();
        List<Candidate> best = new ArrayList<>();
        boolean incomplete = false;
        int furthest = 0;
        for (Command c : visible(node)) {
            Matcher m = Matcher.run(c.syntax(), w);
            furthest = Math.max(furthest, m.furthest);
            incomplete |= m.incomplete && m.complete.isEmpty() && m.furthest == w.length;
            for (List<Matcher.Step> steps : m.complete) {
                Candidate cand = new Candidate(c, steps, ranks(steps, w.length));
                int cmp = best.isEmpty() ? 1 : compare(cand.ranks, best.getFirst().ranks);
                if (cmp > 0) {
                    best.clear();
                }
                if (cmp >= 0) {
                    best.add(cand);
                }
            }
        }
        if (best.isEmpty()) {
            return new Selection(incomplete ? CmdStatus.ERR_INCOMPLETE : CmdStatus.ERR_NO_MATCH, null, null, null,
                    furthest);
        }
        if (best.stream().map(Candidate::command).distinct().count() > 1) {
            return new Selection(CmdStatus.ERR_AMBIGUOUS, null, null, null, furthest);
        }
        Candidate winner = best.getFirst();
        return new Selection(CmdStatus.SUCCESS, winner.command, winner.steps, winner.ranks, furthest);
    }

    private record Candidate(Command command, List<Matcher.Step> steps, int[] ranks) {
    }

    /** The match quality of each input word; a LINE... token ranks every word it swallowed. */
    private static int[] ranks(List<Matcher.Step> steps, int words) {
        int[] r = new int[words];
        int i = 0;
        for (Matcher.Step s : steps) {
            if (s.token().kind() == TokenKind.VARARG) {
                while (i < words) {
                    r[i++] = s.type().ordinal();
                }
            } else {
                r[i++] = s.type().ordinal();
            }
        }
        return r;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
