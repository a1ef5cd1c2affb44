package dev.ferry.bgpd.tools;

import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.message.KeepaliveMessage;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One BGP session of the injector tool on a plain blocking socket: the OPEN exchange (IPv4 unicast, 4-octet AS,
 * route refresh), KEEPALIVEs every third of the hold time from a timer thread, whole messages in and out. Writes
 * are whole messages under one lock, so the timer's KEEPALIVEs never split an UPDATE; a blocked write is TCP's
 * backpressure: the peer takes the table as fast as it reads it.
 */
final class ToolSession implements AutoCloseable {
    private static final int HOLD_SECONDS = 90;
    private static final int MAX_MESSAGE = 4096;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final CodecContext codec = CodecContext.EBGP;
    private final ScheduledExecutorService keepalives = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bgp-inject-keepalive");
        t.setDaemon(true);
        return t;
    });
    private final byte[] header = new byte[19];

    ToolSession(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
    }

    /** Sends our OPEN, reads the peer's and the KEEPALIVE that confirms ours; starts the KEEPALIVE timer. */
    OpenMessage open(int as, int routerId) throws IOException {
        send(OpenMessage.of(as, HOLD_SECONDS, routerId, List.of(MultiprotocolCapability.of(
                AddressFamily.IPV4_UNICAST), new FourOctetAsCapability(as), RouteRefreshCapability.STANDARD)));
        flush();
        OpenMessage theirs = null;
        while (true) {
            BgpMessage m = read();
            if (m instanceof OpenMessage o) {
                theirs = o;
                send(KeepaliveMessage.INSTANCE);
                flush();
            } else if (m instanceof KeepaliveMessage && theirs != null) {
                break;
            } else if (m instanceof NotificationMessage n) {
                throw new IOException("the peer refused the session: " + n);
            }
        }
        int every = Math.max(1, Math.min(HOLD_SECONDS, theirs.holdTime() == 0 ? HOLD_SECONDS : theirs.holdTime()) / 3);
        keepalives.scheduleAtFixedRate(this::keepalive, every, every, TimeUnit.SECONDS);
        return theirs;
    }

    private void keepalive() {
        try {
            send(KeepaliveMessage.INSTANCE);
            flush();
        } catch (IOException e) {
            keepalives.shutdown(); // the session is gone; the reader says so
        }
    }

    void send(BgpMessage m) throws IOException {
        byte[] b = MessageEncoder.encode(m, codec);
        write(b, 0, b.length);
    }

    /** Writes whole messages (one or more, already encoded). */
    void write(byte[] buf, int offset, int length) throws IOException {
        synchronized (out) {
            out.write(buf, offset, length);
        }
    }

    void flush() throws IOException {
        synchronized (out) {
            out.flush();
        }
    }

    /** The next message, decoded in full by bgpd's own decoder. */
    BgpMessage read() throws IOException {
        in.readFully(header);
        int len = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (len < 19 || len > MAX_MESSAGE) {
            throw new IOException("message length " + len);
        }
        byte[] msg = new byte[len];
        System.arraycopy(header, 0, msg, 0, 19);
        in.readFully(msg, 19, len - 19);
        return MessageDecoder.decode(msg, codec).message();
    }

    /** Our address on the session, as text. */
    String localAddress() {
        return socket.getLocalAddress().getHostAddress();
    }

    @Override
    public void close() throws IOException {
        keepalives.shutdownNow();
        socket.close();
    }
}
