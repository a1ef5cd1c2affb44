package dev.ferry.vtysh;

/**
 * A getopt_long-style parser for FRR vtysh's options: clustered short options (-bE), attached or
 * separate arguments (-cCMD, -c CMD), --long=ARG or --long ARG, unique prefixes of long names, "--".
 * Hand-written because it runs on every `vtysh -c`, where start-up time matters.
 */
final class OptionParser {

    /** A command line vtysh cannot use. getopt's own complaints come with a pointer to --help. */
    static final class UsageException extends Exception {
        final boolean getoptError;

        UsageException(String message) {
            this(message, true);
        }

        UsageException(String message, boolean getoptError) {
            super(message);
            this.getoptError = getoptError;
        }
    }

    /** Long names and the short option each stands for ('\0' for long-only ones). */
    private static final String[] LONG_NAMES = {
        "boot", "eval", "command", "daemon", "vty_socket", "config_dir", "inputfile", "histfile", "echo",
        "dryrun", "help", "noerror", "mark", "writeconfig", "pathspace", "user", "timestamp", "version",
    };
    private static final char[] LONG_SHORT = {
        'b', 'e', 'c', 'd', 'S', 'D', 'f', 'H', 'E', 'C', 'h', 'n', 'm', 'w', 'N', 'u', 't', 'v',
    };
    /** Short options that take an argument ('S' and 'D' stand in for --vty_socket and --config_dir). */
    private static final String WITH_ARGUMENT = "ecdfHNSD";
    private static final String SHORT_OPTIONS = "be:c:d:nf:H:mEhCwN:utv";

    private OptionParser() {
    }

    static VtyshOptions parse(String[] args) throws UsageException {
        VtyshOptions o = new VtyshOptions();
        int i = 0;
        while (i < args.length) {
            String arg = args[i++];
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                char option = longOption(name, arg);
                String value = null;
                if (WITH_ARGUMENT.indexOf(option) >= 0) {
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i < args.length) {
                        value = args[i++];
                    } else {
                        throw new UsageException("option '--" + LONG_NAMES[indexOfShort(option)]
                                + "' requires an argument");
                    }
                } else if (eq >= 0) {
                    throw new UsageException("option '--" + LONG_NAMES[indexOfShort(option)]
                            + "' doesn't allow an argument");
                }
                apply(o, option, value);
            } else if (arg.length() > 1 && arg.charAt(0) == '-') {
                for (int k = 1; k < arg.length(); k++) {
                    char option = arg.charAt(k);
                    int at = SHORT_OPTIONS.indexOf(option);
                    if (at < 0 || option == ':') {
                        throw new UsageException("invalid option -- '" + option + "'");
                    }
                    boolean needsValue = at + 1 < SHORT_OPTIONS.length() && SHORT_OPTIONS.charAt(at + 1) == ':';
                    if (!needsValue) {
                        apply(o, option, null);
                        continue;
                    }
                    String value;
                    if (k + 1 < arg.length()) {
                        value = arg.substring(k + 1);
                    } else if (i < args.length) {
                        value = args[i++];
                    } else {
                        throw new UsageException("option requires an argument -- '" + option + "'");
                    }
                    apply(o, option, value);
                    break;
                }
            }
            // Like FRR, plain words that are not option arguments are ignored.
        }
        return o;
    }

    /** Exact long name, or a prefix of exactly one. */
    private static char longOption(String name, String arg) throws UsageException {
        int found = -1;
        for (int k = 0; k < LONG_NAMES.length; k++) {
            if (LONG_NAMES[k].equals(name)) {
                return LONG_SHORT[k];
            }
            if (!name.isEmpty() && LONG_NAMES[k].startsWith(name)) {
                if (found >= 0) {
                    throw new UsageException("option '" + arg + "' is ambiguous");
                }
                found = k;
            }
        }
        if (found < 0) {
            throw new UsageException("unrecognized option '" + arg + "'");
        }
        return LONG_SHORT[found];
    }

    private static int indexOfShort(char option) {
        for (int k = 0; k < LONG_SHORT.length; k++) {
            if (LONG_SHORT[k] == option) {
                return k;
            }
        }
        return 0;
    }

    private static void apply(VtyshOptions o, char option, String value) throws UsageException {
        switch (option) {
            case 'b' -> o.boot = true;
            case 'e', 'c' -> o.commands.add(value);
            case 'd' -> o.daemon = value;
            case 'f' -> o.inputFile = value;
            case 'H' -> o.historyFile = value;
            case 'E' -> o.echo = true;
            case 'n' -> o.noError = true;
            case 'w' -> o.writeConfig = true;
            case 't' -> o.timestamp = true;
            case 'h' -> o.help = true;
            case 'v' -> o.version = true;
            case 'S' -> o.vtySocketDir = value;
            case 'D' -> o.configDir = value;
            case 'u' -> {
                // Unprivileged mode: Ferry sessions have no enable password, nothing to do.
            }
            case 'N' -> {
                if (value.indexOf('/') >= 0 || value.indexOf('.') >= 0) {
                    throw new UsageException("slashes or dots are not permitted in the --pathspace option.", false);
                }
                o.pathspace = value;
            }
            case 'C', 'm' -> throw new UsageException("option -" + option
                    + " (dry run / mark file) needs vtysh's own command tables, which Ferry's vtysh does not have",
                    false);
            default -> throw new UsageException("invalid option -- '" + option + "'");
        }
    }
}
