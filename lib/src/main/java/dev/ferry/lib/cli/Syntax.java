package dev.ferry.lib.cli;

import java.util.List;

/**
 * A command's syntax tree, parsed from FRR's notation by {@link SyntaxParser}:
 * a sequence of tokens, {@code <a|b>} one of, {@code [a]} optional, {@code {a|b}} any of, in any order.
 */
sealed interface Syntax {

    record Leaf(Token token) implements Syntax {
    }

    record Sequence(List<Syntax> items) implements Syntax {
    }

    /** {@code <a|b c>}: exactly one alternative. */
    record OneOf(List<Syntax> alternatives) implements Syntax {
    }

    /** {@code [a|b]}: zero or one alternative. */
    record Optional(Syntax body) implements Syntax {
    }

    /** {@code {a|b}}: each alternative at most once, in any order. */
    record AnyOf(List<Syntax> alternatives) implements Syntax {
    }
}
