package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * The commands vtysh answers itself instead of passing them on (FRR's vtysh.c DEFUNs): the merged
 * running-config, saving it, the daemon list, `show version` (every daemon has it; one answers),
 * terminal settings, and leaving the shell. In config nodes they are reached with `do`.
 * Abbreviations are accepted down to the shortest prefix that is unique in FRR's enable node.
 */
public final class LocalCommands {
    /** run()'s answer for a line that is not vtysh's own. */
    static final int NOT_LOCAL = -1;

    private final Dispatcher dispatcher;
    private final Output output;
    private final IntegratedConfigFile configFile;
    private boolean exitRequested;

    LocalCommands(Dispatcher dispatcher, Output output, IntegratedConfigFile configFile) {
        this.dispatcher = dispatcher;
        this.output = output;
        this.configFile = configFile;
    }

    /**
     * The commands run() answers, in FRR's notation with one help line per token as daemons install theirs
     * (FRR's vtysh.c DEFUNs and help strings), for the generated reference docs/CLI.md. Keep in step with run().
     */
    public static SequencedMap<String, String> reference() {
        String daemons = "<" + String.join("|", Daemons.ORDER) + ">";
        StringBuilder daemonsHelp = new StringBuilder();
        for (String d : Daemons.ORDER) {
            daemonsHelp.append("For the ").append(d).append(" daemon\n");
        }
        String write = "Write running configuration to memory, network, or terminal\n";
        String noHeader = "Skip \"Building configuration...\" header";
        SequencedMap<String, String> c = new LinkedHashMap<>();
        c.put("show running-config [" + daemons + "] [no-header]", "Show running system information\n"
                + "Current operating configuration\n" + daemonsHelp + noHeader);
        c.put("show daemons", "Show running system information\nShow list of running daemons");
        c.put("write [<memory|file>]", write + "Write configuration to the file (same as write file)\n"
                + "Write configuration to the file (same as write memory)");
        c.put("write integrated", write + "Write integrated all-daemon frr.conf file");
        c.put("write terminal [" + daemons + "] [no-header]", write + "Write to terminal\n" + daemonsHelp + noHeader);
        c.put("copy running-config startup-config", "Copy from one file to another\n"
                + "Copy from current system configuration\nCopy to startup configuration");
        c.put("[no] terminal length (0-4294967295)", "Negate a command or set its defaults\n"
                + "Set terminal line parameters\nSet number of lines on a screen\n"
                + "Number of lines on screen (0 for no pausing, nonzero to use pager)");
        c.put("terminal no length", "Set terminal line parameters\nNegate a command or set its defaults\n"
                + "Set number of lines on a screen");
        c.put("[no] terminal paginate", "Negate a command or set its defaults\nSet terminal line parameters\n"
                + "Use pager for output scrolling");
        return c;
    }

    /** Whether `exit`/`quit` was given at the top: the shell should end. */
    boolean exitRequested() {
        return exitRequested;
    }

    /** Runs LINE if it is vtysh's own; returns its FRR status, or NOT_LOCAL. */
    int run(String line) {
        String[] w = Words.split(line);
        if (w.length == 0) {
            return NOT_LOCAL;
        }
        boolean exec = isExecNode(dispatcher.node());
        int at = 0;
        if (!exec) {
            if (!w[0].equals("do") || w.length < 2) {
                return NOT_LOCAL;
            }
            at = 1;
        }
        int count = w.length - at;
        String first = w[at];
        if (exec && count == 1 && (Words.abbreviates(first, "exit", 2) || Words.abbreviates(first, "quit", 1))) {
            exitRequested = true;
            return VtyClient.CMD_SUCCESS;
        }
        if (exec && count == 1 && first.equals("end")) {
            // Already at the top; FRR's vtysh accepts it there silently.
            return VtyClient.CMD_SUCCESS;
        }
        if (Words.abbreviates(first, "show", 2) && count >= 2) {
            return show(w, at + 1, line);
        }
        if (Words.abbreviates(first, "write", 2)) {
            return write(w, at + 1);
        }
        if (Words.abbreviates(first, "copy", 3) && count == 3 && Words.abbreviates(w[at + 1], "running-config", 1)
                && Words.abbreviates(w[at + 2], "startup-config", 1)) {
            return save();
        }
        if (isTerminalSetting(w, at)) {
            // No pager in Ferry's vtysh: accepted, as scripts written for FRR send them first.
            return VtyClient.CMD_SUCCESS;
        }
        return NOT_LOCAL;
    }

    static boolean isExecNode(String node) {
        return node.equals("enable") || node.equals("view");
    }

    private int show(String[] w, int at, String line) {
        String what = w[at];
        boolean alone = at + 1 == w.length;
        if (Words.abbreviates(what, "running-config", 2)) {
            return showRunningConfig(w, at + 1);
        }
        if (Words.abbreviates(what, "daemons", 2) && alone) {
            StringBuilder names = new StringBuilder();
            for (DaemonSession d : dispatcher.daemons().alive()) {
                names.append(' ').append(d.name());
            }
            output.print(names.append('\n').toString());
            return VtyClient.CMD_SUCCESS;
        }
        if (Words.abbreviates(what, "version", 2) && alone) {
            DaemonSession first = dispatcher.daemons().first();
            VtyClient.Execution e = first == null ? null : first.execute(line.strip());
            if (e == null) {
                return VtyClient.CMD_WARNING;
            }
            output.print(e.output());
            return e.status();
        }
        return NOT_LOCAL;
    }

    /** `show running-config [DAEMON] [no-header]`, also reached as `write terminal ...`. */
    private int showRunningConfig(String[] w, int at) {
        String daemon = null;
        boolean header = true;
        if (at < w.length && daemonName(w[at]) != null) {
            daemon = daemonName(w[at++]);
        }
        if (at < w.length && Words.abbreviates(w[at], "no-header", 1)) {
            header = false;
            at++;
        }
        if (at != w.length) {
            return NOT_LOCAL;
        }
        output.print(RunningConfig.show(dispatcher.daemons(), daemon, header));
        return VtyClient.CMD_SUCCESS;
    }

    /** `write`, `write memory|file|integrated`, `write terminal ...`. */
    private int write(String[] w, int at) {
        if (at == w.length) {
            return save();
        }
        String what = w[at];
        if (Words.abbreviates(what, "terminal", 1)) {
            return showRunningConfig(w, at + 1);
        }
        boolean alone = at + 1 == w.length;
        if (alone && (Words.abbreviates(what, "memory", 1) || Words.abbreviates(what, "file", 1)
                || Words.abbreviates(what, "integrated", 1))) {
            return save();
        }
        return NOT_LOCAL;
    }

    /** `write memory`: the merged configuration into the integrated frr.conf. */
    private int save() {
        output.print("Building Configuration...\n");
        output.flush();
        String text = RunningConfig.collect(dispatcher.daemons(), null);
        try {
            configFile.write(text);
        } catch (IOException e) {
            output.print("% Error: failed to open configuration file " + configFile.path() + ": "
                    + IoErrors.describe(e) + "\n");
            return VtyClient.CMD_WARNING_CONFIG_FAILED;
        }
        output.print("Integrated configuration saved to " + configFile.path() + "\n[OK]\n");
        return VtyClient.CMD_SUCCESS;
    }

    /** `[no] terminal length N`, `terminal no length`, `[no] terminal paginate`. */
    private static boolean isTerminalSetting(String[] w, int at) {
        if (at < w.length && w[at].equals("no")) {
            at++;
        }
        if (at >= w.length || !Words.abbreviates(w[at], "terminal", 3)) {
            return false;
        }
        at++;
        if (at < w.length && w[at].equals("no")) {
            at++;
        }
        return at < w.length && (Words.abbreviates(w[at], "length", 1) || Words.abbreviates(w[at], "paginate", 1));
    }

    /** A daemon name, or a prefix of exactly one. */
    private static String daemonName(String word) {
        String found = null;
        for (String d : Daemons.ORDER) {
            if (d.equals(word)) {
                return d;
            }
            if (d.startsWith(word)) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }
}
