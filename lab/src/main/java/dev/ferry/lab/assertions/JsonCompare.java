package dev.ferry.lab.assertions;

import dev.ferry.lab.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares JSON as FRR's topotests do ({@code json_cmp} in tests/topotests/lib/topotest.py): the expected
 * value is a subset of the actual one.
 * <ul>
 * <li>Every key of an expected object must be in the actual object, with a matching value; keys the
 * expected object does not name are ignored.</li>
 * <li>A key whose expected value is {@code null} must be absent.</li>
 * <li>The string {@code "*"} as a value (or an array element) matches any value that is present.</li>
 * <li>Arrays: each expected element must match a different actual element, in any order (the actual array
 * may have more). With {@code "__ordered__"} as the first expected element, the arrays must have the same
 * length and match element by element in order.</li>
 * <li>Scalars must be equal; numbers compare by value (1 equals 1.0).</li>
 * </ul>
 * {@link #exact} is json_cmp's {@code exact=True}: same keys, same lengths, order kept.
 */
public final class JsonCompare {
    /** json_cmp's marker: the first element of an expected array asking for an ordered comparison. */
    public static final String ORDERED = "__ordered__";
    /** json_cmp's wildcard: any present value. */
    public static final String ANY = "*";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final boolean exact;
    private final List<String> errors = new ArrayList<>();
    private int points;

    private JsonCompare(boolean exact) {
        this.exact = exact;
    }

    /** The outcome: no errors when the actual value matches; otherwise one line (or block) per difference. */
    public record Result(List<String> errors) {
        public boolean matches() {
            return errors.isEmpty();
        }

        /** The differences, one per line, each starting with the JSON path where it is. */
        public String report() {
            return String.join("\n", errors);
        }
    }

    /** Whether {@code expected} is a subset of {@code actual}, with json_cmp's rules. */
    public static Result subset(Object actual, Object expected) {
        JsonCompare c = new JsonCompare(false);
        c.compare(actual, expected, "$");
        return new Result(List.copyOf(c.errors));
    }

    /** Like {@link #subset} on JSON texts; an actual text that is not JSON is a difference, not an exception. */
    public static Result subset(String actualJson, String expectedJson) {
        Object expected = Json.parse(expectedJson);
        Object actual;
        try {
            actual = Json.parse(actualJson);
        } catch (IllegalArgumentException e) {
            return new Result(List.of("$: the output is not JSON (" + e.getMessage() + ")"));
        }
        return subset(actual, expected);
    }

    /** json_cmp's exact mode: equal keys everywhere and arrays equal in length and order. */
    public static Result exact(Object actual, Object expected) {
        JsonCompare c = new JsonCompare(true);
        c.compare(actual, expected, "$");
        return new Result(List.copyOf(c.errors));
    }

    private void compare(Object actual, Object expected, String path) {
        if (ANY.equals(expected)) {
            return;
        }
        boolean actualScalar = !(actual instanceof Map || actual instanceof List);
        boolean expectedScalar = !(expected instanceof Map || expected instanceof List);
        if (actualScalar && expectedScalar) {
            if (!scalarEquals(actual, expected)) {
                error(path, "expected " + show(expected) + ", got " + show(actual), 1);
            }
        } else if (actual instanceof List<?> a && expected instanceof List<?> e) {
            boolean ordered = !e.isEmpty() && ORDERED.equals(e.getFirst());
            if (ordered || exact) {
                orderedArray(a, ordered ? e.subList(1, e.size()) : e, path);
            } else {
                unorderedArray(a, e, path);
            }
        } else if (actual instanceof Map<?, ?> a && expected instanceof Map<?, ?> e) {
            object(a, e, path);
        } else {
            error(path, "expected " + typeName(expected) + ", got " + typeName(actual) + " " + abbreviate(actual), 2);
        }
    }

    private void orderedArray(List<?> actual, List<?> expected, String path) {
        if (actual.size() != expected.size()) {
            error(path, "expected an array of " + expected.size() + " elements, got " + actual.size(), 1);
            return;
        }
        for (int i = 0; i < actual.size(); i++) {
            compare(actual.get(i), expected.get(i), path + "[" + i + "]");
        }
    }

    private void unorderedArray(List<?> actual, List<?> expected, String path) {
        if (actual.size() < expected.size()) {
            error(path, "expected at least " + expected.size() + " elements, got " + actual.size(), 1);
            return;
        }
        List<Integer> unused = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            unused.add(i);
        }
        for (int j = 0; j < expected.size(); j++) {
            Object want = expected.get(j);
            JsonCompare closest = null;
            int closestIndex = -1;
            boolean found = false;
            for (int k = 0; k < unused.size(); k++) {
                int i = unused.get(k);
                JsonCompare trial = new JsonCompare(false);
                trial.compare(actual.get(i), want, path + "[" + i + "]");
                if (trial.errors.isEmpty()) {
                    unused.remove(k); // each actual element matches one expected element at most
                    found = true;
                    break;
                }
                if (closest == null || trial.points < closest.points) {
                    closest = trial;
                    closestIndex = i;
                }
            }
            if (found) {
                continue;
            }
            if (want instanceof Map || want instanceof List) {
                StringBuilder sb = new StringBuilder("no element matches expected element " + j + " "
                        + abbreviate(want));
                if (closest != null) {
                    sb.append("; the closest, element ").append(closestIndex).append(", differs:");
                    for (String line : closest.errors) {
                        sb.append("\n    ").append(line.replace("\n", "\n    "));
                    }
                }
                error(path, sb.toString(), 1);
            } else {
                error(path, "no element equals " + show(want) + " (expected element " + j + ")", 1);
            }
        }
    }

    private void object(Map<?, ?> actual, Map<?, ?> expected, String path) {
        if (exact) {
            for (Object k : actual.keySet()) {
                if (!expected.containsKey(k)) {
                    error(key(path, k), "unexpected key (exact comparison)", 1);
                }
            }
        }
        for (Map.Entry<?, ?> e : expected.entrySet()) {
            Object k = e.getKey();
            String p = key(path, k);
            if (e.getValue() == null && !exact) {
                if (actual.containsKey(k)) {
                    error(p, "should be absent, is " + abbreviate(actual.get(k)), 1);
                }
            } else if (!actual.containsKey(k)) {
                error(p, "missing (present: " + keyList(actual) + ")", 1);
            } else {
                compare(actual.get(k), e.getValue(), p);
            }
        }
    }

    private void error(String path, String message, int weight) {
        errors.add(path + ": " + message);
        points += weight;
    }

    private static boolean scalarEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }

    private static String key(String path, Object k) {
        String s = String.valueOf(k);
        return PLAIN_KEY.matcher(s).matches() ? path + "." + s : path + "[" + Json.write(s) + "]";
    }

    private static String keyList(Map<?, ?> m) {
        if (m.isEmpty()) {
            return "no keys";
        }
        List<String> keys = m.keySet().stream().map(String::valueOf).toList();
        String s = String.join(", ", keys.subList(0, Math.min(10, keys.size())));
        return keys.size() > 10 ? s + ", ... (" + keys.size() + " keys)" : s;
    }

    private static String typeName(Object v) {
        return switch (v) {
            case null -> "null";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            default -> v.getClass().getSimpleName();
        };
    }

    private static String show(Object v) {
        return v instanceof Number || v instanceof String || v instanceof Boolean || v == null ? Json.write(v)
                : abbreviate(v);
    }

    private static String abbreviate(Object v) {
        String s = Json.write(v);
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }
}
