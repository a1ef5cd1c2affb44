package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.util.List;

/**
 * Sends command lines to the daemons and keeps them in step with vtysh's node.
 *
 * <p>Every daemon whose session is at vtysh's node gets the line. Each one matches it against its own
 * commands (walking up to parent nodes for config lines, as FRR does): the ones that accept it move to
 * the node it leads to, which becomes vtysh's node; the ones that answer "no match" stay, and are then
 * moved to that node too ("\x01enter"), so the next line reaches every daemon again. This replaces
 * FRR's vtysh, which knows from its build which daemons own each command.
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
        VtyClient.Execution[] answers = new VtyClient.Execution[sessions.size()];
        for (int i = 0; i < answers.length; i++) {
            DaemonSession d = sessions.get(i);
            if (d.node().equals(node)) {
                answers[i] = d.execute(line);
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

    /** Brings every daemon not at vtysh's node there; one that cannot follow is left out until it is. */
    private void align(List<DaemonSession> sessions) {
        for (DaemonSession d : sessions) {
            if (d.alive() && !d.node().equals(node)) {
                d.enter(node);
            }
        }
    }
}
