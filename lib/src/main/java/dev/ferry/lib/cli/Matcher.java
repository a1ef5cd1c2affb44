package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks one command's syntax tree over the words of an input line, by backtracking through every way the
 * tree can consume them. Lines are short and trees small, so trying all paths is cheap and keeps the
 * semantics obvious: a complete match consumes every word and reaches the end of the tree.
 */
final class Matcher {

    /** One consumed word: which token took it and how well it matched. */
    record Step(Token token, String word, MatchType type, Step previous) {
        List<Step> toList() {
            List<Step> steps = new ArrayList<>();
            for (Step s = this; s != null; s = s.previous) {
                steps.addFirst(s);
            }
            return steps;
        }
    }

    private interface Continuation {
        void next(int pos, Step path);
    }

    private final String[] words;
    /** Complete matches: paths that consumed every word and finished the tree. */
    final List<List<Step>> complete = new ArrayList<>();
    /** Tokens that could take the word at index words.length (what `?` lists). */
    final List<Token> nextTokens = new ArrayList<>();
    /** Whether some path consumed every word but the tree wanted more. */
    boolean incomplete;
    /** The most words any path consumed: the index of the first word nothing accepted. */
    int furthest;

    private Matcher(String[] words) {
        this.words = words;
    }

    static Matcher run(Syntax syntax, String[] words) {
        Matcher m = new Matcher(words);
        m.walk(syntax, 0, null, (pos, path) -> {
            if (pos == words.length) {
                m.complete.add(path == null ? List.of() : path.toList());
            }
        });
        return m;
    }

    private void walk(Syntax node, int pos, Step path, Continuation k) {
        switch (node) {
            case Syntax.Leaf leaf -> leaf(leaf.token(), pos, path, k);
            case Syntax.Sequence seq -> sequence(seq.items(), 0, pos, path, k);
            case Syntax.OneOf one -> {
                for (Syntax alt : one.alternatives()) {
                    walk(alt, pos, path, k);
                }
            }
            case Syntax.Optional opt -> {
                k.next(pos, path);
                walk(opt.body(), pos, path, k);
            }
            case Syntax.AnyOf any -> anyOf(any.alternatives(), 0L, pos, path, k);
        }
    }

    private void leaf(Token token, int pos, Step path, Continuation k) {
        furthest = Math.max(furthest, pos);
        if (pos == words.length) {
            incomplete = true;
            nextTokens.add(token);
            return;
        }
        MatchType type = token.match(words[pos]);
        if (!type.accepts()) {
            return;
        }
        if (token.kind() == TokenKind.VARARG) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, pos, words.length));
            furthest = words.length;
            k.next(words.length, new Step(token, rest, type, path));
        } else {
            furthest = Math.max(furthest, pos + 1);
            k.next(pos + 1, new Step(token, words[pos], type, path));
        }
    }

    private void sequence(List<Syntax> items, int i, int pos, Step path, Continuation k) {
        if (i == items.size()) {
            k.next(pos, path);
            return;
        }
        walk(items.get(i), pos, path, (p, s) -> sequence(items, i + 1, p, s, k));
    }

    private void anyOf(List<Syntax> alts, long used, int pos, Step path, Continuation k) {
        k.next(pos, path);
        for (int i = 0; i < alts.size(); i++) {
            if ((used & (1L << i)) != 0) {
                continue;
            }
            long nowUsed = used | (1L << i);
            walk(alts.get(i), pos, path, (p, s) -> {
                if (p > pos) { // an alternative that consumed nothing would loop forever
                    anyOf(alts, nowUsed, p, s, k);
                }
            });
        }
    }
}
