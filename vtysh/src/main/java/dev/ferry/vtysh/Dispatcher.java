package dev.ferry.vtysh;

import dev.ferry.lib.cli.MatchRank;
import dev.ferry.lib.vty.VtyClient;
import java.util.List;

/**
 * Sends command lines to the daemons and keeps them in step with vtysh's node.
 *
 * <p>FRR's vtysh matches a line against every daemon's commands at once and sends it to the owners of
 * the best match. Ferry's asks the daemons at vtysh's node how well they match it ("\x01rank": a match
 * in the node itself beats one in a parent node, then exact keywords beat abbreviations), runs it in
 * those with the best rank, and moves the others to the node it led to ("\x01enter"), so the next line
 * reaches every daemon again. So `router ospf` goes to ospfd only, though ospf6d would take it as an
 * abbreviation of `router ospf6`, and `interface eth0` under `mpls ldp` stays ldpd's. When no daemon
 * would run the line, all of them are asked to, so that their errors can be reported.
 */
final class Dispatcher {
    private final Daemons daemons;
    private final Output output;
    private String node = DaemonSession.INITIAL_NODE;

    Dispatcher(Daemons daemons, Output output) {
        this.daemons = daemons;
        this.output = output;
    }

    /** vtysh's current node, e.g. "config" or "router-ospf". */
    String node() {
        return node;
    }

    Daemons daemons() {
        return daemons;
    }

    /** Runs LINE in the daemons, prints what the accepting ones answered, and moves vtysh's node. */
    DispatchResult dispatch(String line) {
        List<DaemonSession> sessions = daemons.alive();
        boolean[] chosen = bestMatches(sessions, line);
        VtyClient.Execution[] answers = new VtyClient.Execution[sessions.size()];
        for (int i = 0; i < answers.length; i++) {
            if (chosen[i]) {
                answers[i] = sessions.get(i).execute(line);
            }
        }
        DispatchResult result = DispatchResult.of(sessions, answers);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null && DispatchResult.accepted(answers[i].status())) {
                output.print(answers[i].output());
            }
        }
        if (result.newNode() != null) {
            node = result.newNode();
        }
        align(sessions);
        return result;
    }

    /** The daemons at vtysh's node whose match for LINE is the best; all of them if none would run it. */
    private boolean[] bestMatches(List<DaemonSession> sessions, String line) {
        boolean[] atNode = new boolean[sessions.size()];
        int count = 0;
        for (int i = 0; i < atNode.length; i++) {
            atNode[i] = sessions.get(i).node().equals(node);
            count += atNode[i] ? 1 : 0;
        }
        if (count < 2) {
            return atNode;
        }
        MatchRank[] ranks = new MatchRank[atNode.length];
        MatchRank best = null;
        for (int i = 0; i < atNode.length; i++) {
            if (atNode[i]) {
                ranks[i] = sessions.get(i).rank(line);
                if (ranks[i] != null && (best == null || ranks[i].compareTo(best) > 0)) {
                    best = ranks[i];
                }
            }
        }
        if (best == null) {
            return atNode;
        }
        boolean[] chosen = new boolean[atNode.length];
        for (int i = 0; i < atNode.length; i++) {
            chosen[i] = best.equals(ranks[i]);
        }
        return chosen;
    }

    /** Brings every daemon not at vtysh's node there; one that cannot follow is left out until it is. */
    private void align(List<DaemonSession> sessions) {
        for (DaemonSession d : sessions) {
            if (d.alive() && !d.node().equals(node)) {
                d.enter(node);
            }
        }
    }
}
