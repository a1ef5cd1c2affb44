package dev.ferry.lab.topology;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/** Checks interface prefixes ("10.1.1.2/24", "2001:db8::1/64") as `ip addr add` takes them. */
final class Prefixes {
    private Prefixes() {
    }

    /** Why the text is not an address with a prefix length, or empty when it is one. */
    static Optional<String> problem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of("\"" + text + "\" has no prefix length (write it as ADDRESS/LENGTH, e.g. 10.0.0.1/24)");
        }
        String addr = text.substring(0, slash);
        String len = text.substring(slash + 1);
        InetAddress a;
        try {
            if (addr.isEmpty() || !(addr.contains(".") || addr.contains(":"))) {
                throw new IllegalArgumentException();
            }
            a = InetAddress.ofLiteral(addr);
        } catch (IllegalArgumentException e) {
            return Optional.of("\"" + addr + "\" in \"" + text + "\" is not an IPv4 or IPv6 address");
        }
        int max = a instanceof Inet4Address ? 32 : 128;
        int n;
        try {
            n = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            return Optional.of("prefix length \"" + len + "\" in \"" + text + "\" is not a number");
        }
        if (n < 0 || n > max) {
            return Optional.of("prefix length " + n + " in \"" + text + "\" is out of range 0-" + max);
        }
        return Optional.empty();
    }
}
