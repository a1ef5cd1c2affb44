package dev.ferry.ldpd.config;

import dev.ferry.lib.cli.Node;

/** LDP's address families, with the nodes their configuration lives in. */
public enum LdpFamily {
    IPV4("ipv4", Node.LDP_IPV4, Node.LDP_IPV4_IFACE),
    IPV6("ipv6", Node.LDP_IPV6, Node.LDP_IPV6_IFACE);

    private final String word;
    private final Node node;
    private final Node interfaceNode;

    LdpFamily(String word, Node node, Node interfaceNode) {
        this.word = word;
        this.node = node;
        this.interfaceNode = interfaceNode;
    }

    public String word() {
        return word;
    }

    public Node node() {
        return node;
    }

    public Node interfaceNode() {
        return interfaceNode;
    }

    public static LdpFamily fromWord(String word) {
        return word.equals("ipv4") ? IPV4 : IPV6;
    }
}
