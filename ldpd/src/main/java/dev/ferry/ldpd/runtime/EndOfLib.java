package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.FecElement;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import java.util.List;
import java.util.Optional;

/**
 * End-of-LIB (RFC 5919): an advisory Notification with status End-of-LIB and a FEC TLV holding the Typed Wildcard
 * of the FEC type whose advertisement is complete. Sent after the initial label advertisement and after answering
 * a Typed Wildcard Label Request, to peers that announced the Unrecognized Notification capability.
 */
final class EndOfLib {
    /** The prefix families FRR signals, in its order (it also signals PWid FECs, which this LSR does not do). */
    static final List<AddressFamily> FAMILIES = List.of(AddressFamily.IPV4, AddressFamily.IPV6);

    private EndOfLib() {
    }

    static NotificationMessage notification(int messageId, AddressFamily family) {
        return NotificationMessage.endOfLib(messageId, TypedWildcardFec.prefixes(family));
    }

    /** The prefix family a received Notification ends the LIB of, when it is an End-of-LIB. */
    static Optional<AddressFamily> family(NotificationMessage n) {
        if (n.status().status().orElse(null) != StatusCode.END_OF_LIB || n.fec().isEmpty()) {
            return Optional.empty();
        }
        for (FecElement e : n.fec().get().elements()) {
            if (e instanceof TypedWildcardFec t && t.prefixFamily().isPresent()) {
                return t.prefixFamily();
            }
        }
        return Optional.empty();
    }
}
