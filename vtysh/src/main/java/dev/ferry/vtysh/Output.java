package dev.ferry.vtysh;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where vtysh writes: command output and errors. Always UTF-8 (System.out follows the locale, which is
 * often ASCII in scripts and would mangle daemon output). Flushed after every command, like FRR's
 * line-buffered stdout, so output and errors interleave in order.
 */
final class Output {
    private final PrintWriter out;
    private final PrintWriter err;

    Output(Writer out, Writer err) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.err = err == out ? this.out : err instanceof PrintWriter p ? p : new PrintWriter(err);
    }

    /** stdout and stderr of the process. */
    static Output stdio() {
        return new Output(writer(new FileOutputStream(FileDescriptor.out)),
                writer(new FileOutputStream(FileDescriptor.err)));
    }

    /** Everything thrown away (vtysh -n sends stdout to /dev/null, as FRR does). */
    static Writer discard() {
        return Writer.nullWriter();
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 8192);
    }

    Output withOut(Writer replacement) {
        return new Output(replacement, err);
    }

    void print(String text) {
        out.write(text);
    }

    void error(String text) {
        err.write(text);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
