package dev.ferry.lib.cli;

/** One installed command: where it lives, its syntax and what it does. */
public record Command(Node node, String syntaxText, Syntax syntax, Action action) {

    /** The help line of each token, in the order the tokens are written (as given to install). */
    public java.util.List<String> helpLines() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        collect(syntax, lines);
        return lines;
    }

    private static void collect(Syntax s, java.util.List<String> out) {
        switch (s) {
            case Syntax.Leaf l -> out.add(l.token().text() + "\t" + l.token().help());
            case Syntax.Sequence q -> q.items().forEach(i -> collect(i, out));
            case Syntax.OneOf o -> o.alternatives().forEach(i -> collect(i, out));
            case Syntax.Optional o -> collect(o.body(), out);
            case Syntax.AnyOf a -> a.alternatives().forEach(i -> collect(i, out));
        }
    }

    static Command of(Node node, String syntax, String help, Action action) {
        return new Command(node, syntax, SyntaxParser.parse(syntax, help), action);
    }
}
