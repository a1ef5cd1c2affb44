package dev.ferry.lib.vty;

/**
 * The VTY socket protocol, byte-compatible with FRR's vtysh-to-daemon protocol, so FRR's own vtysh and
 * scripts that speak it work against Ferry daemons:
 * <pre>
 *   request:  command line (UTF-8) NUL
 *   reply:    output (UTF-8) NUL NUL NUL status      status = FRR's CMD_* code
 * </pre>
 * Ferry's vtysh adds requests that begin with {@link #EXTENSION} (0x01), a verb and an argument:
 * <pre>
 *   x LINE         execute; the reply starts with "NODE ERROFFSET\n" (node after the command, offset of the
 *                  word nothing matched or -1), then the output; failure messages are left to the shell
 *   help LINE      `?`: one "TOKEN\tHELP" line per candidate ("&lt;cr&gt;" ends the command)
 *   complete LINE  TAB: one keyword per line
 *   rank LINE      how well LINE matches without running it: "LEVELS W1,W2,..." (see MatchRank), or
 *                  status 2 when no command would run; vtysh runs a line only where it matches best
 *   node           the session's node name
 *   enter NODE     move the session to NODE (keeping what it has on the way), to stay in step with vtysh
 * </pre>
 */
public final class VtyProtocol {
    public static final byte EXTENSION = 0x01;
    public static final String EXECUTE = "x";
    public static final String HELP = "help";
    public static final String COMPLETE = "complete";
    public static final String NODE = "node";
    public static final String RANK = "rank";
    public static final String ENTER = "enter";

    private VtyProtocol() {
    }

    /** The socket of {@code daemon} in a VTY directory: "zebra.vty". */
    public static String socketName(String daemon) {
        return daemon + ".vty";
    }
}
