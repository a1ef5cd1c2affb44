package dev.ferry.lib.netlink.codec;

import java.util.HexFormat;

/** A message type Ferry does not decode (neighbours, rules, ...), kept as bytes. */
public record UnknownMessage(byte[] body) implements Payload {
    public UnknownMessage {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "UnknownMessage[" + HexFormat.ofDelimiter(" ").formatHex(body) + "]";
    }
}
