package dev.ferry.bgpd.fsm;

/**
 * The six states of the BGP peer FSM (RFC 4271 section 8.2.2), with the names FRR 8.4 prints in
 * {@code show bgp summary} and {@code show bgp neighbors} (bgpd/bgp_fsm.c, bgp_status_msg).
 */
public enum BgpState {
    IDLE("Idle"),
    CONNECT("Connect"),
    ACTIVE("Active"),
    OPEN_SENT("OpenSent"),
    OPEN_CONFIRM("OpenConfirm"),
    ESTABLISHED("Established");

    private final String displayName;

    BgpState(String displayName) {
        this.displayName = displayName;
    }

    /** "OpenSent", as FRR shows it. */
    public String displayName() {
        return displayName;
    }
}
