package dev.ferry.ldpd.packet.pdu;

import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.MessageOutcome;
import java.util.List;
import java.util.Optional;

/**
 * A decoded PDU: the sender's LDP id (empty when the header itself was refused) and, in wire order, what became
 * of each message. RFC 5036 processes messages one by one, so messages before an error stand; a fatal error is
 * always the last outcome.
 */
public record PduResult(Optional<LdpId> ldpId, List<MessageOutcome> outcomes) {
    public PduResult {
        outcomes = List.copyOf(outcomes);
    }

    static PduResult headerError(LdpError error) {
        return new PduResult(Optional.empty(), List.of(new MessageOutcome.Rejected(error)));
    }

    /** The accepted messages, in order. */
    public List<Message> messages() {
        return outcomes.stream().<Message>mapMulti((o, out) -> {
            if (o instanceof MessageOutcome.Accepted(Message m)) {
                out.accept(m);
            }
        }).toList();
    }

    /** The errors, in order (advisory ones first, a fatal one last). */
    public List<LdpError> errors() {
        return outcomes.stream().<LdpError>mapMulti((o, out) -> {
            if (o instanceof MessageOutcome.Rejected(LdpError e)) {
                out.accept(e);
            }
        }).toList();
    }

    /** The error that closes the session, if any. */
    public Optional<LdpError> fatalError() {
        return errors().stream().filter(LdpError::fatal).findFirst();
    }

    /** Whether every message was accepted. */
    public boolean clean() {
        return errors().isEmpty();
    }

    /** The PDU back, when it was clean. */
    public Optional<Pdu> pdu() {
        return clean() && ldpId.isPresent() ? Optional.of(new Pdu(ldpId.get(), messages())) : Optional.empty();
    }
}
