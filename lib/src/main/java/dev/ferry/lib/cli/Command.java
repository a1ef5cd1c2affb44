package dev.ferry.lib.cli;

/** One installed command: where it lives, its syntax and what it does. */
public record Command(Node node, String syntaxText, Syntax syntax, Action action) {

    static Command of(Node node, String syntax, String help, Action action) {
        return new Command(node, syntax, SyntaxParser.parse(syntax, help), action);
    }
}
