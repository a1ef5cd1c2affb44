package dev.ferry.ospfd.core.fsm;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Designated Router election of RFC 2328 9.4 (and RFC 5340 4.2.1, where routers are named by Router ID):
 *
 * <pre>
 * 1. Note the current DR and BDR (the calculating router's own declarations).
 * 2. BDR: among eligible routers (priority &gt; 0) that do not declare themselves DR, the best of those declaring
 *    themselves BDR, else the best of all of them.
 * 3. DR: the best of the eligible routers declaring themselves DR, else the new BDR.
 * 4. If the calculating router newly became, or newly stopped being, DR or BDR, repeat 2 and 3 with its new
 *    declarations (so no router ends up both DR and BDR by its own doing).
 * 5. The interface state follows ({@link Election#stateFor}).
 * </pre>
 *
 * "Best" is the highest priority, then the highest Router ID. A DR in place is kept when a router of higher priority
 * joins: only routers that declare themselves DR compete in step 3.
 */
public final class DrElection {
    private static final Comparator<Candidate> BEST_LAST = Comparator.comparingInt(Candidate::priority)
            .thenComparing(Candidate::routerId, Integer::compareUnsigned);

    private DrElection() {
    }

    public static Election elect(ElectionInput in) {
        List<Candidate> routers = in.all();
        Candidate self = in.self();
        Election first = pass(routers);
        if (roleChanged(self, first)) {
            routers.set(0, self.declaring(first.dr(), first.bdr()));
            return pass(routers);
        }
        return first;
    }

    /** Step 4's test: the calculating router's DR or BDR role differs from what it declared before. */
    private static boolean roleChanged(Candidate self, Election result) {
        if (self.id() == 0) {
            return false;
        }
        boolean nowDr = result.dr() == self.id();
        boolean nowBdr = result.bdr() == self.id();
        return nowDr != self.declaresItselfDr() || nowBdr != self.declaresItselfBdr();
    }

    /** Steps 2 and 3 over the routers' current declarations. */
    private static Election pass(List<Candidate> routers) {
        List<Candidate> eligible = routers.stream().filter(Candidate::eligible).toList();
        List<Candidate> notDr = eligible.stream().filter(c -> !c.declaresItselfDr()).toList();
        Optional<Candidate> bdr = best(notDr, Candidate::declaresItselfBdr).or(() -> best(notDr, c -> true));
        Optional<Candidate> dr = best(eligible, Candidate::declaresItselfDr).or(() -> bdr);
        return new Election(dr.map(Candidate::id).orElse(0), bdr.map(Candidate::id).orElse(0));
    }

    private static Optional<Candidate> best(List<Candidate> candidates, Predicate<Candidate> filter) {
        return candidates.stream().filter(filter).max(BEST_LAST);
    }
}
