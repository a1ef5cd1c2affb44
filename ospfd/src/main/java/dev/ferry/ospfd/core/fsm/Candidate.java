package dev.ferry.ospfd.core.fsm;

/**
 * One router taking part in a DR election (RFC 2328 9.4): the calculating router itself, or a neighbor in state 2-Way
 * or higher, as its latest Hello describes it. Ids are OSPFv2 interface addresses or OSPFv3 Router IDs (RFC 5340
 * 4.2.1), compared as unsigned 32-bit numbers; 0 means none.
 *
 * @param routerId    the router's Router ID (breaks priority ties)
 * @param id          what Hellos name the router by in their DR/BDR fields: v2 its interface address, v3 its Router ID
 * @param priority    Router Priority; 0 is never elected
 * @param declaredDr  the DR the router's Hello declares (for the calculating router: the interface's current DR)
 * @param declaredBdr the BDR the router's Hello declares (for the calculating router: the interface's current BDR)
 */
public record Candidate(int routerId, int id, int priority, int declaredDr, int declaredBdr) {
    /** An OSPFv3 candidate, where the id is the Router ID. */
    public static Candidate v3(int routerId, int priority, int declaredDr, int declaredBdr) {
        return new Candidate(routerId, routerId, priority, declaredDr, declaredBdr);
    }

    /** Priority above 0: the router may become DR or BDR. */
    public boolean eligible() {
        return priority > 0;
    }

    /** The router's Hello names itself DR. */
    public boolean declaresItselfDr() {
        return id != 0 && declaredDr == id;
    }

    /** The router's Hello names itself BDR. */
    public boolean declaresItselfBdr() {
        return id != 0 && declaredBdr == id;
    }

    /** The same router with other DR/BDR declarations (the calculating router's view after a first pass). */
    public Candidate declaring(int dr, int bdr) {
        return new Candidate(routerId, id, priority, dr, bdr);
    }
}
