package dev.ferry.bgpd.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * One `route-map NAME permit|deny SEQ` node: its match and set clauses (one of each kind, in the order they
 * were first given), an optional `call`, the exit policy (`on-match next|goto N`) and a description.
 */
public final class RouteMapEntry {
    /** What happens after a permit entry matched and its sets ran (FRR's route_map_end_policy). */
    public enum ExitPolicy {
        EXIT,
        NEXT,
        GOTO
    }

    private final int seq;
    private PolicyAction action;
    private final List<MatchClause> matches = new ArrayList<>();
    private final List<SetClause> sets = new ArrayList<>();
    private String description;
    private String call;
    private ExitPolicy exitPolicy = ExitPolicy.EXIT;
    private int gotoSeq;
    private long invoked;

    public RouteMapEntry(int seq, PolicyAction action) {
        this.seq = seq;
        this.action = action;
    }

    public int seq() {
        return seq;
    }

    public PolicyAction action() {
        return action;
    }

    public void action(PolicyAction a) {
        this.action = a;
    }

    public List<MatchClause> matches() {
        return List.copyOf(matches);
    }

    public List<SetClause> sets() {
        return List.copyOf(sets);
    }

    /** Adds a match clause, replacing one of the same command. */
    public void match(MatchClause clause) {
        replace(matches, clause, clause.command());
    }

    /** Removes the match clause of {@code command}; returns whether there was one. */
    public boolean removeMatch(String command) {
        return matches.removeIf(m -> m.command().equals(command));
    }

    public void set(SetClause clause) {
        replace(sets, clause, clause.command());
    }

    public boolean removeSet(String command) {
        return sets.removeIf(s -> s.command().equals(command));
    }

    private static <T> void replace(List<T> list, T clause, String command) {
        for (int i = 0; i < list.size(); i++) {
            T old = list.get(i);
            String c = old instanceof MatchClause m ? m.command() : ((SetClause) old).command();
            if (c.equals(command)) {
                list.set(i, clause);
                return;
            }
        }
        list.add(clause);
    }

    public String description() {
        return description;
    }

    public void description(String text) {
        this.description = text;
    }

    public String call() {
        return call;
    }

    public void call(String routeMap) {
        this.call = routeMap;
    }

    public ExitPolicy exitPolicy() {
        return exitPolicy;
    }

    public int gotoSeq() {
        return gotoSeq;
    }

    public void exitPolicy(ExitPolicy policy, int gotoSeq) {
        this.exitPolicy = policy;
        this.gotoSeq = gotoSeq;
    }

    public long invoked() {
        return invoked;
    }

    void countInvocation() {
        invoked++;
    }

    void clearCounters() {
        invoked = 0;
    }

    /** Every match clause matches (an entry without match clauses matches everything). */
    boolean matches(PolicyRoute route, Policies policies) {
        for (MatchClause m : matches) {
            if (!m.matches(route, policies)) {
                return false;
            }
        }
        return true;
    }

    void applySets(PolicyRoute route) {
        for (SetClause s : sets) {
            s.apply(route);
        }
    }
}
