package dev.ferry.ospfd.wire;

/**
 * Why a received OSPF packet or LSA was rejected, and what the receiver must do about it. OSPF has no error
 * messages: RFC 2328 8.2 and 13 (and RFC 5340 4.2.2) only ever drop, so the reaction says how much is dropped.
 *
 * @param reason what was wrong, the counter to bump
 * @param detail a line for the debug log
 */
public record DecodeError(Reason reason, String detail) {

    /** The protocol's required reaction. */
    public enum Reaction {
        /** Drop the whole packet and count it (RFC 2328 8.2). */
        DROP_PACKET,
        /** Discard this LSA and go on with the next one in the Link State Update (RFC 2328 13 steps 1-2). */
        DISCARD_LSA
    }

    /** What was wrong. */
    public enum Reason {
        TRUNCATED(Reaction.DROP_PACKET),
        BAD_VERSION(Reaction.DROP_PACKET),
        BAD_TYPE(Reaction.DROP_PACKET),
        BAD_LENGTH(Reaction.DROP_PACKET),
        BAD_CHECKSUM(Reaction.DROP_PACKET),
        BAD_AUTH_TYPE(Reaction.DROP_PACKET),
        BAD_AUTH(Reaction.DROP_PACKET),
        /** An LSA whose length runs past its packet: the packet cannot be walked further. */
        TRUNCATED_LSA(Reaction.DROP_PACKET),
        BAD_LSA_LENGTH(Reaction.DISCARD_LSA),
        BAD_LSA_CHECKSUM(Reaction.DISCARD_LSA),
        /** The LSA's checksum is right but its body does not parse as its type says. */
        MALFORMED_LSA(Reaction.DISCARD_LSA);

        private final Reaction reaction;

        Reason(Reaction reaction) {
            this.reaction = reaction;
        }

        public Reaction reaction() {
            return reaction;
        }
    }

    public Reaction reaction() {
        return reason.reaction();
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
