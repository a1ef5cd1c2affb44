package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.config.Srv6Config;
import dev.ferry.zebra.config.Srv6Locator;

/**
 * segment-routing / srv6 / locators / locator NAME / prefix, with FRR 8.4's syntax
 * (`prefix X:X::X:X/M [func-bits (16-64)]`; block-len and node-len came with FRR 9).
 */
public final class Srv6Commands {
    private static final String NO = "Negate a command or set its defaults\n";

    private Srv6Commands() {
    }

    public static void install(Cli cli, Srv6Config srv6) {
        cli.install(Node.CONFIG, "segment-routing", "Segment Routing",
                ctx -> ctx.enter(Node.SEGMENT_ROUTING, srv6));
        cli.install(Node.SEGMENT_ROUTING, "srv6", "Segment Routing SRv6", ctx -> ctx.enter(Node.SRV6, srv6));
        cli.install(Node.SEGMENT_ROUTING, "no srv6", NO + "Segment Routing SRv6", ctx -> srv6.removeAll());
        cli.install(Node.SRV6, "locators", "Segment Routing SRv6 locators",
                ctx -> ctx.enter(Node.SRV6_LOCATORS, srv6));
        cli.install(Node.SRV6_LOCATORS, "locator WORD", "Segment Routing SRv6 locator\nSpecify locator-name",
                ctx -> ctx.enter(Node.SRV6_LOCATOR, srv6.locator(ctx.arg("WORD"))));
        cli.install(Node.SRV6_LOCATORS, "no locator WORD", NO + "Segment Routing SRv6 locator\nSpecify locator-name",
                ctx -> {
                    if (!srv6.remove(ctx.arg("WORD"))) {
                        throw new CliError("% Can't find SRv6 locator");
                    }
                });
        cli.install(Node.SRV6_LOCATOR, "prefix X:X::X:X/M [func-bits (16-64)]",
                "Configure SRv6 locator prefix\nSpecify SRv6 locator prefix\n"
                        + "Configure SRv6 locator function length in bits\n"
                        + "Specify SRv6 locator function length in bits",
                ctx -> {
                    Srv6Locator locator = ctx.data(Srv6Locator.class);
                    int bits = ctx.has("func-bits") ? (int) ctx.number("(16-64)") : 0;
                    locator.prefix(IpPrefix.parse(ctx.arg("X:X::X:X/M")), bits);
                    srv6.activate(locator);
                });
    }
}
