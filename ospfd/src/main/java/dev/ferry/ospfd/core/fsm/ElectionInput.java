package dev.ferry.ospfd.core.fsm;

import java.util.List;

/**
 * What a DR election looks at: the calculating router (its declarations are the interface's current DR and BDR) and
 * the neighbors in state 2-Way or higher on the interface. The caller filters neighbors by state; the election
 * filters by priority.
 */
public record ElectionInput(Candidate self, List<Candidate> neighbors) {
    public ElectionInput {
        neighbors = List.copyOf(neighbors);
    }

    /** Every router in the election: the calculating router first, then the neighbors. */
    List<Candidate> all() {
        var all = new java.util.ArrayList<Candidate>(neighbors.size() + 1);
        all.add(self);
        all.addAll(neighbors);
        return all;
    }

    /** The Router ID of the router named by {@code id} (an interface address in v2), or 0 when none is known. */
    public int routerIdOf(int id) {
        if (id == 0) {
            return 0;
        }
        if (self.id() == id) {
            return self.routerId();
        }
        for (Candidate c : neighbors) {
            if (c.id() == id) {
                return c.routerId();
            }
        }
        return 0;
    }
}
