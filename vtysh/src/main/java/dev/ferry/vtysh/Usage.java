package dev.ferry.vtysh;

import dev.ferry.lib.daemon.Version;

/** vtysh's --help and --version texts, laid out like FRR's (vtysh_main.c usage()). */
public final class Usage {
    private Usage() {
    }

    /** `vtysh --help` (also read by the generated reference docs/CLI.md). */
    public static String help() {
        return "Usage : vtysh [OPTION...]\n\n"
                + "Integrated shell for Ferry (version " + Version.get() + "), FRRouting "
                + Version.FRR_COMPATIBLE + " compatible.\n\n"
                + "-b, --boot               Execute boot startup configuration\n"
                + "-c, --command            Execute argument as command\n"
                + "-d, --daemon             Connect only to the specified daemon\n"
                + "-f, --inputfile          Execute commands from specific file and exit\n"
                + "-E, --echo               Echo prompt and command in -c mode\n"
                + "    --vty_socket         Override vty socket path\n"
                + "    --config_dir         Override config directory path\n"
                + "-N  --pathspace          Insert prefix into config & socket paths\n"
                + "-n, --noerror            Ignore errors: discard output, exit status 0\n"
                + "-t, --timestamp          Print a timestamp before each command\n"
                + "-u  --user               Run as an unprivileged user\n"
                + "-w, --writeconfig        Write integrated config (frr.conf) and exit\n"
                + "-H, --histfile           Override history file\n"
                + "-v, --version            Print the version and exit\n"
                + "-h, --help               Display this help and exit\n\n"
                + "Note that multiple commands may be executed from the command\n"
                + "line by passing multiple -c args, or by embedding linefeed\n"
                + "characters in one or more of the commands.\n";
    }

    static String version() {
        return "vtysh (Ferry) " + Version.get() + " (FRRouting " + Version.FRR_COMPATIBLE + " compatible)\n";
    }

    static String banner() {
        return "\nHello, this is Ferry (version " + Version.get() + ").\n\n";
    }
}
