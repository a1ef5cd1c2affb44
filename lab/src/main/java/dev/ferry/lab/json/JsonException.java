package dev.ferry.lab.json;

/** Text that is not JSON, with where the reader gave up. */
public final class JsonException extends IllegalArgumentException {
    private final int line;
    private final int column;

    public JsonException(String message, int line, int column) {
        super("JSON line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
