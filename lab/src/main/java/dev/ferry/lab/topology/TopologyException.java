package dev.ferry.lab.topology;

/** A topology file that cannot be used, with the file, the line (1-based, 0 if unknown) and the reason. */
public final class TopologyException extends RuntimeException {
    private final String source;
    private final int line;
    private final String reason;

    public TopologyException(String source, int line, String reason) {
        super(source + (line > 0 ? " line " + line : "") + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
