package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses FRR's command notation, e.g.
 * {@code "[no] neighbor <A.B.C.D|X:X::X:X|WORD>$peer remote-as <(1-4294967295)$asn|internal|external>"}.
 * Help strings are given as in FRR's DEFUN: one line per token, in the order the tokens are written.
 */
final class SyntaxParser {
    private final String text;
    private final String[] helps;
    private int pos;
    private int leafCount;

    private SyntaxParser(String text, String help) {
        this.text = text;
        this.helps = help == null || help.isEmpty() ? new String[0] : help.split("\n", -1);
    }

    static Syntax parse(String syntax, String help) {
        SyntaxParser p = new SyntaxParser(syntax, help);
        Syntax result = p.sequence();
        p.skipSpaces();
        if (p.pos != p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
        }
        return result;
    }

    private Syntax sequence() {
        List<Syntax> items = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length() || "|>]}".indexOf(text.charAt(pos)) >= 0) {
                break;
            }
            items.add(element());
        }
        if (items.isEmpty()) {
            throw error("empty sequence");
        }
        return items.size() == 1 ? items.getFirst() : new Syntax.Sequence(List.copyOf(items));
    }

    private Syntax element() {
        char c = text.charAt(pos);
        Syntax e = switch (c) {
            case '<' -> new Syntax.OneOf(group('>'));
            case '[' -> {
                List<Syntax> alts = group(']');
                yield new Syntax.Optional(alts.size() == 1 ? alts.getFirst() : new Syntax.OneOf(alts));
            }
            case '{' -> new Syntax.AnyOf(group('}'));
            default -> leaf();
        };
        if (!(e instanceof Syntax.Leaf) && pos < text.length() && text.charAt(pos) == '$') {
            e = bindAll(e, bindName());
        }
        return e;
    }

    /** {@code <a|b>$name}: whichever token is chosen, its value is bound to name. */
    private static Syntax bindAll(Syntax s, String name) {
        return switch (s) {
            case Syntax.Leaf l -> new Syntax.Leaf(new Token(l.token().kind(), l.token().text(), name,
                    l.token().min(), l.token().max(), l.token().help()));
            case Syntax.Sequence q -> q;
            case Syntax.OneOf o -> new Syntax.OneOf(o.alternatives().stream().map(a -> bindAll(a, name)).toList());
            case Syntax.Optional o -> new Syntax.Optional(bindAll(o.body(), name));
            case Syntax.AnyOf a -> a;
        };
    }

    private String bindName() {
        int b = ++pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(b, pos);
    }

    private List<Syntax> group(char close) {
        pos++; // the opening bracket
        List<Syntax> alternatives = new ArrayList<>();
        while (true) {
            alternatives.add(sequence());
            if (pos >= text.length()) {
                throw error("missing '" + close + "'");
            }
            char c = text.charAt(pos++);
            if (c == close) {
                return List.copyOf(alternatives);
            }
            if (c != '|') {
                throw error("expected '|' or '" + close + "'");
            }
        }
    }

    private Syntax leaf() {
        int start = pos;
        while (pos < text.length() && " |<>[]{}$".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        String bind = null;
        if (pos < text.length() && text.charAt(pos) == '$') {
            bind = bindName();
        }
        if (word.isEmpty()) {
            throw error("empty token");
        }
        String help = leafCount < helps.length ? helps[leafCount] : "";
        leafCount++;
        return new Syntax.Leaf(Token.parse(word, bind, help));
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException("bad command syntax \"" + text + "\" at " + pos + ": " + why);
    }
}
