package dev.ferry.lib.net;

import java.util.Comparator;

/**
 * FRR's interface name order (lib/if.c if_cmp_name_func): letters compared as text, digit runs as numbers,
 * so eth2 comes before eth10. Interface blocks in running-config follow it.
 */
public final class InterfaceNames {
    public static final Comparator<String> ORDER = InterfaceNames::compare;

    private InterfaceNames() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int letters1 = lettersUntilDigit(a, i);
            int letters2 = lettersUntilDigit(b, j);
            if (letters1 != letters2) {
                return Integer.signum(a.substring(i).compareTo(b.substring(j)));
            }
            int cmp = a.substring(i, i + letters1).compareTo(b.substring(j, j + letters2));
            if (cmp != 0) {
                return Integer.signum(cmp);
            }
            i += letters1;
            j += letters2;
            if (i == a.length() && j == b.length()) {
                return 0;
            }
            if (i == a.length()) {
                return -1;
            }
            if (j == b.length()) {
                return 1;
            }
            int digits1 = digitsFrom(a, i);
            int digits2 = digitsFrom(b, j);
            long n1 = parse(a, i, digits1);
            long n2 = parse(b, j, digits2);
            if (n1 != n2) {
                return n1 < n2 ? -1 : 1;
            }
            if (digits1 != digits2) {
                return Integer.signum(a.substring(i).compareTo(b.substring(j)));
            }
            i += digits1;
            j += digits2;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int lettersUntilDigit(String s, int from) {
        int k = from;
        while (k < s.length() && !isDigit(s.charAt(k))) {
            k++;
        }
        return k - from;
    }

    private static int digitsFrom(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k - from;
    }

    private static long parse(String s, int from, int digits) {
        String run = s.substring(from, from + digits);
        return run.length() > 18 ? Long.MAX_VALUE : Long.parseLong(run);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
