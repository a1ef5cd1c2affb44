package dev.ferry.ldpd.session;

/**
 * The states of an LDP session with one peer (RFC 5036 section 2.5.4), with the name FRR's ldpd prints in
 * {@code show mpls ldp neighbor} and its {@code nbr_fsm} debug log ({@code nbr_state_name} in ldpd/logmsg.c).
 * FRR calls the RFC's NON EXISTENT state "PRESENT": the peer is known from its Hellos but has no session.
 */
public enum SessionState {
    NON_EXISTENT("PRESENT"),
    INITIALIZED("INITIALIZED"),
    OPENREC("OPENREC"),
    OPENSENT("OPENSENT"),
    OPERATIONAL("OPERATIONAL");

    private final String frrName;

    SessionState(String frrName) {
        this.frrName = frrName;
    }

    /** The name FRR prints for this state. */
    public String frrName() {
        return frrName;
    }

    /** Whether a transport connection exists: every state but NON EXISTENT (FRR's {@code NBR_STA_SESSION}). */
    public boolean hasSession() {
        return this != NON_EXISTENT;
    }
}
