package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;
import dev.ferry.zebra.config.Forwarding;

/** `[no] ip forwarding` and `[no] ipv6 forwarding`. */
public final class ForwardingCommands {
    private ForwardingCommands() {
    }

    public static void install(Cli cli, Forwarding forwarding) {
        cli.install(Node.CONFIG, "ip forwarding", "IP information\nTurn on IP forwarding",
                ctx -> forwarding.ipv4(true));
        cli.install(Node.CONFIG, "no ip forwarding",
                "Negate a command or set its defaults\nIP information\nTurn off IP forwarding",
                ctx -> forwarding.ipv4(false));
        cli.install(Node.CONFIG, "ipv6 forwarding", "IPv6 information\nTurn on IPv6 forwarding",
                ctx -> forwarding.ipv6(true));
        cli.install(Node.CONFIG, "no ipv6 forwarding",
                "Negate a command or set its defaults\nIPv6 information\nTurn off IPv6 forwarding",
                ctx -> forwarding.ipv6(false));
    }
}
