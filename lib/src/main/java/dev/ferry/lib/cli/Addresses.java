package dev.ferry.lib.cli;

/**
 * Lexical checks for the typed tokens. "could be" answers whether a partly typed word can still become
 * valid, which help and completion need (FRR's partly_match).
 */
final class Addresses {
    private Addresses() {
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !allDigits(p) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean couldBeIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (p.length() > 3 || !allDigits(p) || (!p.isEmpty() && Integer.parseInt(p) > 255)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv4Prefix(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && isIpv4(s.substring(0, slash)) && isLength(s.substring(slash + 1), 32);
    }

    static boolean couldBeIpv4Prefix(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return couldBeIpv4(s);
        }
        String len = s.substring(slash + 1);
        return isIpv4(s.substring(0, slash)) && (len.isEmpty() || isLength(len, 32));
    }

    static boolean isIpv6(String s) {
        if (s.indexOf(':') < 0 || !s.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue;
            }
            if (g.indexOf('.') >= 0) {
                if (i != groups.length - 1 || !isIpv4(g)) {
                    return false;
                }
                count += 2;
            } else if (g.length() > 4) {
                return false;
            } else {
                count++;
            }
        }
        if (doubleColon < 0) {
            return count == 8 && groups.length == count - (s.indexOf('.') >= 0 ? 1 : 0);
        }
        boolean badEdge = (s.startsWith(":") && !s.startsWith("::")) || (s.endsWith(":") && !s.endsWith("::"));
        return count < 8 && !badEdge;
    }

    static boolean couldBeIpv6(String s) {
        return s.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0) && !s.contains(":::");
    }

    static boolean isIpv6Prefix(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && isIpv6(s.substring(0, slash)) && isLength(s.substring(slash + 1), 128);
    }

    static boolean couldBeIpv6Prefix(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return couldBeIpv6(s);
        }
        String len = s.substring(slash + 1);
        return isIpv6(s.substring(0, slash)) && (len.isEmpty() || isLength(len, 128));
    }

    /** ASN:NN or A.B.C.D:NN, as route distinguishers, route targets and communities are written. */
    static boolean isAsNn(String s) {
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            return false;
        }
        String left = s.substring(0, colon);
        String right = s.substring(colon + 1);
        return allDigits(right) && right.length() <= 10 && (isIpv4(left) || (allDigits(left) && left.length() <= 10));
    }

    static boolean couldBeAsNn(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            return allDigits(s) || couldBeIpv4(s);
        }
        String right = s.substring(colon + 1);
        return s.lastIndexOf(':') == colon && (right.isEmpty() || allDigits(right))
                && (isIpv4(s.substring(0, colon)) || allDigits(s.substring(0, colon)));
    }

    private static boolean isLength(String s, int max) {
        return !s.isEmpty() && s.length() <= 3 && allDigits(s) && Integer.parseInt(s) <= max;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
