package dev.ferry.lib.cli;

/** The kinds of token in FRR's command grammar (lib/command_graph.h). */
public enum TokenKind {
    /** A literal word: "router", "bgp". */
    KEYWORD,
    /** Any single word: WORD, NAME, IFNAME (an upper-case token that is not one of the typed forms). */
    WORD,
    /** The rest of the line, one or more words: LINE... */
    VARARG,
    /** A.B.C.D */
    IPV4,
    /** A.B.C.D/M */
    IPV4_PREFIX,
    /** X:X::X:X */
    IPV6,
    /** X:X::X:X/M */
    IPV6_PREFIX,
    /** (1-65535) */
    RANGE,
    /** AA:NN, ASN:NN_OR_IP-ADDRESS:NN: a route distinguisher, route target or community value. */
    AS_NN
}
