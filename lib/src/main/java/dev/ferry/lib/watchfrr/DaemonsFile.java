package dev.ferry.lib.watchfrr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FRR's {@code daemons} file: which daemons to start and their options. FRR sources it as a shell
 * script; we read the assignments it actually contains ({@code bgpd=yes}, {@code bgpd_options="  -A
 * 127.0.0.1"}, {@code vtysh_enable=yes}) and ignore everything else, so no shell code ever runs.
 * Option strings are split on white space, as the shell splits FRR's unquoted {@code $bgpd_options}.
 */
public final class DaemonsFile {
    /** Ferry's daemons in start order (as FRR: zebra, staticd, then the protocols). Stop in reverse. */
    public static final List<String> START_ORDER = List.of("zebra", "staticd", "ospfd", "ospf6d", "ldpd", "bgpd");

    /** zebra and staticd run whatever the file says, like FRR's frrinit.sh. */
    private static final List<String> ALWAYS_STARTED = List.of("zebra", "staticd");

    // name=value, where value is "double quoted", 'single quoted' or one bare word; a trailing # comment is allowed
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^\\s*([A-Za-z_][A-Za-z0-9_]*)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s#]*))\\s*(?:#.*)?$");

    private final Map<String, String> values;

    private DaemonsFile(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static DaemonsFile read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    /** A file that does not exist means FRR's defaults: only zebra and staticd, no extra options. */
    public static DaemonsFile readIfPresent(Path file) throws IOException {
        return Files.isReadable(file) ? read(file) : parse(List.of());
    }

    public static DaemonsFile parse(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), valueOf(m)); // the last assignment wins, as in the shell
            }
        }
        return new DaemonsFile(values);
    }

    private static String valueOf(Matcher m) {
        if (m.group(2) != null) {
            return m.group(2).replaceAll("\\\\(.)", "$1");
        }
        return m.group(3) != null ? m.group(3) : m.group(4);
    }

    /** The raw value of an assignment, or "" when the file does not set it. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean isEnabled(String daemon) {
        return ALWAYS_STARTED.contains(daemon) || value(daemon).equals("yes");
    }

    /** zebra, staticd, then each enabled protocol daemon, in {@link #START_ORDER}. */
    public List<String> daemonsToStart() {
        return START_ORDER.stream().filter(this::isEnabled).toList();
    }

    /** The daemon's own {@code <daemon>_options} followed by {@code frr_global_options}. */
    public List<String> options(String daemon) {
        List<String> words = new ArrayList<>(words(value(daemon + "_options")));
        words.addAll(words(value("frr_global_options")));
        return words;
    }

    /** FRR loads the integrated config with {@code vtysh -b} only when this says yes. */
    public boolean vtyshEnabled() {
        return value("vtysh_enable").equals("yes");
    }

    static List<String> words(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
