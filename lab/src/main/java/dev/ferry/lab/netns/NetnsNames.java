package dev.ferry.lab.netns;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names of one namespace lab: the lab id "fl" + 6 hex digits, unique per run, and one namespace per
 * router, "{id}-{router}" (fl3a9c1e-PE1). Interface names are the topology's own (veths are created inside
 * the namespaces), so nothing here has to fit the kernel's 15-character interface names.
 */
record NetnsNames(String id) {
    static final String PREFIX = "fl";
    static final Pattern ID = Pattern.compile(PREFIX + "[0-9a-f]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh id that no namespace on this host uses yet. */
    static NetnsNames fresh() {
        for (int i = 0; i < 100; i++) {
            byte[] b = new byte[3];
            RANDOM.nextBytes(b);
            String id = PREFIX + HexFormat.of().formatHex(b);
            if (Namespaces.list().stream().noneMatch(n -> n.startsWith(id + "-"))) {
                return new NetnsNames(id);
            }
        }
        throw new IllegalStateException("no free lab id after 100 tries");
    }

    String namespace(String router) {
        return id + "-" + router;
    }
}
