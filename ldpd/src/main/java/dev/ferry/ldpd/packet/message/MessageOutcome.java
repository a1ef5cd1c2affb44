package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.LdpError;

/**
 * What became of one message of a PDU: accepted (an {@link UnknownMessage} among them is to be ignored), or refused
 * with the Notification to send; a refusal with a fatal status ends the PDU and the session.
 */
public sealed interface MessageOutcome {
    record Accepted(Message message) implements MessageOutcome {
    }

    record Rejected(LdpError error) implements MessageOutcome {
    }
}
