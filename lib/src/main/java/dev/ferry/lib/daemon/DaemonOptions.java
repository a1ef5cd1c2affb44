package dev.ferry.lib.daemon;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The command line every daemon shares, modelled on FRR's (lib/libfrr.c): the same option names, so a
 * daemons file or script written for FRR starts Ferry the same way. Options that only make sense for
 * FRR's C daemons (-u, -g, -A, -P) are accepted and ignored.
 */
public final class DaemonOptions {
    public static final Path DEFAULT_RUN_DIR = Path.of("/var/run/frr");
    public static final Path DEFAULT_CONFIG_DIR = Path.of("/etc/frr");

    @Option(names = {"-f", "--config_file"}, description = "Configuration file to read at start-up")
    public Path configFile;

    @Option(names = {"-i", "--pid_file"}, description = "Process identifier file (default <rundir>/<daemon>.pid)")
    public Path pidFile;

    @Option(names = {"-z", "--socket"}, description = "zebra API socket (default <rundir>/zserv.api)")
    public Path zservSocket;

    @Option(names = "--vty_socket", description = "Directory of the VTY sockets (default <rundir>)")
    public Path vtyDir;

    @Option(names = {"-N", "--pathspace"}, description = "Instance name: run in <rundir>/NAME and <confdir>/NAME")
    public String pathspace;

    @Option(names = "--log", description = "Log target: stdout, syslog or file:PATH")
    public String log;

    @Option(names = "--log-level", description = "Log level: emergencies .. debugging (default informational)")
    public String logLevel = "informational";

    @Option(names = {"-d", "--daemon"}, description = "Run in the background (done by the launcher script)")
    public boolean daemon;

    @Option(names = {"-A", "--vty_addr"}, description = "Ignored: Ferry has no TCP VTY")
    public String vtyAddr;

    @Option(names = {"-P", "--vty_port"}, description = "Ignored: Ferry has no TCP VTY")
    public String vtyPort;

    @Option(names = {"-u", "--user"}, description = "Ignored")
    public String user;

    @Option(names = {"-g", "--group"}, description = "Ignored")
    public String group;

    @Option(names = {"-s", "--nl-bufsize"}, description = "Netlink receive buffer size (zebra)")
    public Long netlinkBufferSize;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    public boolean help;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version")
    public boolean version;

    public Path runDir() {
        return pathspace == null ? DEFAULT_RUN_DIR : DEFAULT_RUN_DIR.resolve(pathspace);
    }

    public Path vtyDirectory() {
        return vtyDir != null ? vtyDir : runDir();
    }

    public Path pidFile(String daemon) {
        return pidFile != null ? pidFile : vtyDirectory().resolve(daemon + ".pid");
    }

    public Path zservSocket() {
        return zservSocket != null ? zservSocket : vtyDirectory().resolve("zserv.api");
    }
}
