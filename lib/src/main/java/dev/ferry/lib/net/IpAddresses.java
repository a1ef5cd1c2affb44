package dev.ferry.lib.net;

import java.util.Arrays;

/**
 * Address literals to bytes and back, printed the way FRR prints them (glibc inet_ntop: lower-case hex,
 * the longest run of two or more zero groups as "::", "::ffff:a.b.c.d" for IPv4-mapped addresses).
 * Input has already passed the CLI's A.B.C.D / X:X::X:X token checks.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** 4 bytes for an IPv4 literal, 16 for IPv6. */
    public static byte[] parse(String text) {
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    public static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i]);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            b[i] = (byte) v;
        }
        return b;
    }

    public static byte[] parseIpv6(String text) {
        int[] words = new int[8];
        String head = text;
        String tail = "";
        int gap = text.indexOf("::");
        if (gap >= 0) {
            head = text.substring(0, gap);
            tail = text.substring(gap + 2);
        }
        int[] left = groups(head);
        int[] right = groups(tail);
        if (left.length + right.length > 8 || (gap < 0 && left.length != 8)) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        System.arraycopy(left, 0, words, 0, left.length);
        System.arraycopy(right, 0, words, 8 - right.length, right.length);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (words[i] >> 8);
            b[2 * i + 1] = (byte) words[i];
        }
        return b;
    }

    /** The 16-bit groups of one side of "::"; a trailing dotted quad counts as two groups. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length + 1];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.indexOf('.') >= 0 && i == parts.length - 1) {
                byte[] v4 = parseIpv4(p);
                out[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else {
                if (p.isEmpty() || p.length() > 4) {
                    throw new IllegalArgumentException("bad IPv6 group: " + s);
                }
                out[n++] = Integer.parseInt(p, 16);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** fe80::/10: an IPv6 link-local unicast address (RFC 4291 2.5.6). */
    public static boolean isIpv6LinkLocal(byte[] address) {
        return address.length == 16 && (address[0] & 0xff) == 0xfe && (address[1] & 0xc0) == 0x80;
    }

    public static String format(byte[] address) {
        return address.length == 4 ? formatIpv4(address) : formatIpv6(address);
    }

    public static String formatIpv4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    public static String formatIpv6(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestBase) {
                sb.append(':');
                i += bestLen - 1;
                if (i == 7) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            boolean embeddedIpv4 = i == 6 && bestBase == 0
                    && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff));
            if (embeddedIpv4) {
                sb.append(formatIpv4(Arrays.copyOfRange(b, 12, 16)));
                break;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    /** Normalises an address literal: "2001:DB8:0::1" -> "2001:db8::1". */
    public static String canonical(String text) {
        return format(parse(text));
    }
}
