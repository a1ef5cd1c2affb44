package dev.ferry.lib.cli;

import java.util.Locale;

/**
 * One leaf of a command's syntax: a keyword or a variable, with the name its value is bound to
 * ({@code ASNUM$asn} binds to "asn"; without {@code $} a keyword binds to itself, a variable to its text),
 * and its help string.
 */
public record Token(TokenKind kind, String text, String bindName, long min, long max, String help) {

    /** How {@code word} matches this token. */
    MatchType match(String word) {
        return switch (kind) {
            case KEYWORD -> text.equals(word) ? MatchType.EXACT_KEYWORD
                    : text.startsWith(word) ? MatchType.PARTIAL_KEYWORD : MatchType.NONE;
            case WORD, VARARG -> MatchType.ANY_WORD;
            case RANGE -> matchRange(word);
            case IPV4 -> typed(Addresses.isIpv4(word), Addresses.couldBeIpv4(word));
            case IPV4_PREFIX -> typed(Addresses.isIpv4Prefix(word), Addresses.couldBeIpv4Prefix(word));
            case IPV6 -> typed(Addresses.isIpv6(word), Addresses.couldBeIpv6(word));
            case IPV6_PREFIX -> typed(Addresses.isIpv6Prefix(word), Addresses.couldBeIpv6Prefix(word));
            case AS_NN -> typed(Addresses.isAsNn(word), Addresses.couldBeAsNn(word));
        };
    }

    /** What help and TAB completion show for this token: the keyword, or the variable's text. */
    String displayText() {
        return text;
    }

    private MatchType matchRange(String word) {
        if (word.isEmpty() || word.length() > 19 || !word.chars().allMatch(Character::isDigit)) {
            return MatchType.NONE;
        }
        long v = Long.parseLong(word);
        return v >= min && v <= max ? MatchType.TYPED : v < min ? MatchType.INCOMPLETE : MatchType.NONE;
    }

    private static MatchType typed(boolean valid, boolean prefixOfValid) {
        return valid ? MatchType.TYPED : prefixOfValid ? MatchType.INCOMPLETE : MatchType.NONE;
    }

    /** Classifies one word of a syntax string: "router", "A.B.C.D", "(1-65535)", "NAME", "LINE...". */
    static Token parse(String word, String bindName, String help) {
        TokenKind kind;
        long min = 0;
        long max = 0;
        if (word.startsWith("(") && word.endsWith(")")) {
            kind = TokenKind.RANGE;
            String[] bounds = word.substring(1, word.length() - 1).split("-", 2);
            min = Long.parseLong(bounds[0]);
            max = Long.parseLong(bounds[1]);
        } else if (word.equals("A.B.C.D")) {
            kind = TokenKind.IPV4;
        } else if (word.equals("A.B.C.D/M")) {
            kind = TokenKind.IPV4_PREFIX;
        } else if (word.equals("X:X::X:X")) {
            kind = TokenKind.IPV6;
        } else if (word.equals("X:X::X:X/M")) {
            kind = TokenKind.IPV6_PREFIX;
        } else if (word.equals("AA:NN") || word.equals("ASN:NN_OR_IP-ADDRESS:NN")) {
            kind = TokenKind.AS_NN;
        } else if (word.endsWith("...")) {
            kind = TokenKind.VARARG;
        } else if (isVariableName(word)) {
            kind = TokenKind.WORD;
        } else {
            kind = TokenKind.KEYWORD;
        }
        String name = bindName != null ? bindName : word;
        return new Token(kind, word, name, min, max, help == null ? "" : help);
    }

    private static boolean isVariableName(String word) {
        return !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0));
    }
}
