package dev.ferry.vtysh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** vtysh's command line, with FRR 8.4's option names and path rules (vtysh/vtysh_main.c). */
final class VtyshOptions {
    static final String DEFAULT_VTY_DIR = "/var/run/frr";
    static final String DEFAULT_CONFIG_DIR = "/etc/frr";
    static final String CONFIG_FILE_NAME = "frr.conf";

    /** -c/-e, in order; each may hold several lines separated by '\n'. */
    final List<String> commands = new ArrayList<>();
    boolean boot;
    String inputFile;
    String vtySocketDir;
    String configDir;
    String pathspace;
    String daemon;
    boolean echo;
    boolean noError;
    boolean writeConfig;
    boolean timestamp;
    String historyFile;
    boolean help;
    boolean version;

    /** Where the daemons' VTY sockets are: FRR appends the pathspace even to --vty_socket. */
    Path vtyDir() {
        String dir = vtySocketDir != null ? vtySocketDir : DEFAULT_VTY_DIR;
        return pathspace == null ? Path.of(dir) : Path.of(dir, pathspace);
    }

    /** The integrated configuration file: [config dir]/[pathspace/]frr.conf. */
    Path configFile() {
        Path dir = Path.of(configDir != null ? configDir : DEFAULT_CONFIG_DIR);
        if (pathspace != null) {
            dir = dir.resolve(pathspace);
        }
        return dir.resolve(CONFIG_FILE_NAME);
    }
}
