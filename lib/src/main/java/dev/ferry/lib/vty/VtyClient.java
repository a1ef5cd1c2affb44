package dev.ferry.lib.vty;

import dev.ferry.lib.cli.MatchRank;
import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One persistent CLI session with a daemon over its VTY unix socket, speaking FRR's vtysh framing:
 * a request is the command line followed by one NUL; the reply is the output followed by three NULs
 * and one status byte (FRR's CMD_* code). Also wraps Ferry's extension requests ({@link VtyProtocol}):
 * execute with node report, `?` help, TAB completion, enter a node, ask the node.
 *
 * <p>Not thread-safe: one request at a time, like FRR's vtysh. Kept free of lambdas, regexes and
 * string-concatenation bootstraps because vtysh's start-up time depends on it.
 */
public final class VtyClient implements Closeable {

    /**
     * FRR CMD_* status codes that appear on the wire (the values of dev.ferry.lib.cli.CmdStatus), as int
     * constants so that callers can switch on them without loading the CLI engine.
     */
    public static final int CMD_SUCCESS = 0;
    public static final int CMD_WARNING = 1;
    public static final int CMD_ERR_NO_MATCH = 2;
    public static final int CMD_ERR_AMBIGUOUS = 3;
    public static final int CMD_ERR_INCOMPLETE = 4;
    public static final int CMD_ERR_NOTHING_TODO = 6;
    public static final int CMD_WARNING_CONFIG_FAILED = 13;
    public static final int CMD_NO_LEVEL_UP = 15;

    private static final int TERMINATOR_LENGTH = 4;

    private final SocketChannel channel;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024);
    private byte[] reply = new byte[16 * 1024];

    private VtyClient(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects to a daemon's VTY socket, e.g. /var/run/frr/zebra.vty. */
    public static VtyClient connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new VtyClient(channel);
    }

    /** A daemon's answer: the output text and the FRR status code. */
    public record Reply(String output, int status) {
    }

    /** The answer to an "\x01x LINE" request: the session's node after execution, and where matching failed. */
    public record Execution(String node, int errorPosition, String output, int status) {
    }

    /** Sends a plain command line, exactly as FRR's vtysh does. */
    public Reply send(String line) throws IOException {
        writeRequest(null, line);
        return readReply();
    }

    /** Executes LINE and reports the node the session is in afterwards ("\x01x LINE"). */
    public Execution execute(String line) throws IOException {
        writeRequest(VtyProtocol.EXECUTE + " ", line);
        Reply reply = readReply();
        String body = reply.output();
        int newline = body.indexOf('\n');
        String header = newline < 0 ? body : body.substring(0, newline);
        String output = newline < 0 ? "" : body.substring(newline + 1);
        int space = header.indexOf(' ');
        if (space < 0) {
            throw new IOException("malformed execution header from daemon: " + header);
        }
        int errorPosition;
        try {
            errorPosition = Integer.parseInt(header.substring(space + 1).trim());
        } catch (NumberFormatException e) {
            throw new IOException("malformed execution header from daemon: " + header, e);
        }
        return new Execution(header.substring(0, space), errorPosition, output, reply.status());
    }

    /** `?` help for LINE: one "token\thelp" line per candidate ("\x01help LINE"). */
    public Reply help(String line) throws IOException {
        writeRequest(VtyProtocol.HELP + " ", line);
        return readReply();
    }

    /** How well the daemon's commands match LINE, without running it; null if none would run ("\x01rank"). */
    public MatchRank rank(String line) throws IOException {
        writeRequest(VtyProtocol.RANK + " ", line);
        Reply r = readReply();
        return r.status() == CMD_SUCCESS ? MatchRank.decode(r.output()) : null;
    }

    /** TAB completion candidates for LINE, one word per line ("\x01complete LINE"). */
    public Reply complete(String line) throws IOException {
        writeRequest(VtyProtocol.COMPLETE + " ", line);
        return readReply();
    }

    /** Moves the session to NODE without running a command, to keep it in step with vtysh ("\x01enter NODE"). */
    public Reply enter(String node) throws IOException {
        writeRequest(VtyProtocol.ENTER + " ", node);
        return readReply();
    }

    /** The session's current node name ("\x01node"). */
    public String node() throws IOException {
        writeRequest(VtyProtocol.NODE, "");
        return readReply().output().trim();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void writeRequest(String verb, String line) throws IOException {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        byte[] verbBytes = verb == null ? new byte[0] : verb.getBytes(StandardCharsets.US_ASCII);
        int prefix = verb == null ? 0 : 1 + verbBytes.length;
        ByteBuffer request = ByteBuffer.allocate(prefix + text.length + 1);
        if (verb != null) {
            request.put(VtyProtocol.EXTENSION).put(verbBytes);
        }
        request.put(text).put((byte) 0).flip();
        while (request.hasRemaining()) {
            channel.write(request);
        }
    }

    /** Reads until the NUL terminator: output never contains NUL, so the first NUL starts it. */
    private Reply readReply() throws IOException {
        int length = 0;
        int terminator = -1;
        while (true) {
            readBuffer.clear();
            int n = channel.read(readBuffer);
            if (n < 0) {
                throw new IOException("daemon closed the VTY connection");
            }
            ensureCapacity(length + n);
            System.arraycopy(readBuffer.array(), 0, reply, length, n);
            int scanFrom = length;
            length += n;
            if (terminator < 0) {
                terminator = indexOfNul(reply, scanFrom, length);
            }
            if (terminator >= 0 && length >= terminator + TERMINATOR_LENGTH) {
                break;
            }
        }
        if (reply[terminator + 1] != 0 || reply[terminator + 2] != 0 || length != terminator + TERMINATOR_LENGTH) {
            throw new IOException("malformed VTY reply terminator from daemon");
        }
        String output = new String(reply, 0, terminator, StandardCharsets.UTF_8);
        return new Reply(output, reply[terminator + 3] & 0xff);
    }

    private void ensureCapacity(int needed) {
        if (needed > reply.length) {
            reply = Arrays.copyOf(reply, Math.max(needed, reply.length * 2));
        }
    }

    private static int indexOfNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
