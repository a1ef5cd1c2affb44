package dev.ferry.ospfd.northbound;

import static dev.ferry.ospfd.northbound.OspfAreaCommands.AREA;
import static dev.ferry.ospfd.northbound.OspfAreaCommands.AREA_HELP;
import static dev.ferry.ospfd.northbound.OspfRouterCommands.NO;
import static dev.ferry.ospfd.northbound.OspfRouterCommands.instance;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfVirtualLink;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.RouterIds;

/**
 * `[no] area A virtual-link R ...` (FRR's ospf_area_vlink and ospf_area_vlink_intervals): a virtual link, its
 * authentication and its timers. FRR has two commands, the authentication form and the timers form; here the
 * bare line would match both, so one command takes either (and both at once).
 */
final class OspfVirtualLinkCommands {
    private static final String SYNTAX = "area " + AREA + " virtual-link A.B.C.D$peer"
            + " [authentication [<message-digest|null>]]"
            + " [<message-digest-key (1-255) md5 KEY|authentication-key AUTH_KEY>]"
            + " [{hello-interval (1-65535)$hello|retransmit-interval (1-65535)$retransmit"
            + "|transmit-delay (1-65535)$delay|dead-interval (1-65535)$dead}]";
    private static final String HELP = AREA_HELP + "Configure a virtual link\nRouter ID of the remote ABR\n"
            + "Enable authentication on this virtual link\nUse message-digest authentication\n"
            + "Use null authentication\n"
            + "Message digest authentication password (key)\nKey ID\nUse MD5 algorithm\nThe OSPF password (key)\n"
            + "Authentication password (key)\nThe OSPF password (key)\n"
            + "Time between HELLO packets\nSeconds\n"
            + "Time between retransmitting lost link state advertisements\nSeconds\nLink state transmit delay\n"
            + "Seconds\nInterval time after which a neighbor is declared down\nSeconds";

    private OspfVirtualLinkCommands() {
    }

    static void install(Cli cli) {
        cli.install(Node.ROUTER_OSPF, SYNTAX, HELP, OspfVirtualLinkCommands::set);
        cli.install(Node.ROUTER_OSPF, "no " + SYNTAX, NO + HELP, OspfVirtualLinkCommands::unset);
    }

    /** Creates the virtual link or changes what the line names (FRR's ospf_vl_set). */
    private static void set(CommandContext ctx) {
        OspfInstance ospf = instance(ctx);
        AreaId id = AreaId.parse(ctx.arg("area"));
        int peer = RouterIds.parse(ctx.arg("peer"));
        if (id.isBackbone()) {
            throw new CliError("Configuring VLs over the backbone is not allowed");
        }
        OspfArea area = ospf.findArea(id);
        if (area != null && area.stub()) {
            throw new CliError("Area " + id + " is stub");
        }
        OspfVirtualLink vl = ospf.virtualLink(id, peer);
        vl = vl == null ? OspfVirtualLink.of(id, peer) : vl;
        if (ctx.has("authentication")) {
            vl = vl.withAuthentication(ctx.has("message-digest") ? OspfAuthentication.MESSAGE_DIGEST
                    : ctx.has("null") ? OspfAuthentication.NULL : OspfAuthentication.SIMPLE);
        }
        if (ctx.has("authentication-key")) {
            vl = vl.withAuthenticationKey(ctx.arg("AUTH_KEY"));
        } else if (ctx.has("message-digest-key")) {
            int keyId = (int) ctx.number("(1-255)");
            if (vl.md5Keys().containsKey(keyId)) {
                ospf.putVirtualLink(vl);
                throw new CliError("OSPF: Key " + keyId + " already exists");
            }
            vl = vl.withMd5Key(keyId, ctx.arg("KEY"));
        }
        vl = vl.withTimers(timer(ctx, "hello", vl.helloInterval()), timer(ctx, "retransmit", vl.retransmitInterval()),
                timer(ctx, "delay", vl.transmitDelay()), timer(ctx, "dead", vl.deadInterval()));
        ospf.putVirtualLink(vl);
    }

    private static int timer(CommandContext ctx, String name, int old) {
        return ctx.has(name) ? (int) ctx.number(name) : old;
    }

    /**
     * The bare `no` line removes the virtual link; with more words it unsets what they name: the authentication
     * type, the simple key, an MD5 key, timers back to their defaults.
     */
    private static void unset(CommandContext ctx) {
        OspfInstance ospf = instance(ctx);
        AreaId id = AreaId.parse(ctx.arg("area"));
        if (ospf.findArea(id) == null) {
            throw new CliError("Area does not exist");
        }
        int peer = RouterIds.parse(ctx.arg("peer"));
        OspfVirtualLink vl = ospf.virtualLink(id, peer);
        if (vl == null) {
            throw new CliError("Virtual link does not exist");
        }
        boolean more = false;
        for (String word : new String[] {"authentication", "authentication-key", "message-digest-key", "hello",
            "retransmit", "delay", "dead"}) {
            more |= ctx.has(word);
        }
        if (!more) {
            ospf.removeVirtualLink(id, peer);
            return;
        }
        if (ctx.has("authentication")) {
            vl = vl.withAuthentication(null);
        }
        if (ctx.has("authentication-key")) {
            vl = vl.withAuthenticationKey(null);
        } else if (ctx.has("message-digest-key")) {
            int keyId = (int) ctx.number("(1-255)");
            if (!vl.md5Keys().containsKey(keyId)) {
                throw new CliError("OSPF: Key " + keyId + " does not exist");
            }
            vl = vl.withMd5Key(keyId, null);
        }
        vl = vl.withTimers(ctx.has("hello") ? OspfVirtualLink.DEFAULT_HELLO : vl.helloInterval(),
                ctx.has("retransmit") ? OspfVirtualLink.DEFAULT_RETRANSMIT : vl.retransmitInterval(),
                ctx.has("delay") ? OspfVirtualLink.DEFAULT_TRANSMIT_DELAY : vl.transmitDelay(),
                ctx.has("dead") ? OspfVirtualLink.DEFAULT_DEAD : vl.deadInterval());
        ospf.putVirtualLink(vl);
    }
}
