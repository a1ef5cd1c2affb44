package dev.ferry.bgpd.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The scripted peer's side of a test session: TCP from {@code from} to bgpd at {@code to}:{@code port}. */
final class PeerSockets {
    private PeerSockets() {
    }

    /** Connects, retrying until bgpd listens or {@code deadlineNanos} (System.nanoTime) passes. */
    static Socket connect(String from, String to, int port, long deadlineNanos) throws IOException {
        while (true) {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(from, 0));
            try {
                socket.connect(new InetSocketAddress(to, port), 2000);
                socket.setSoTimeout(10_000);
                return socket;
            } catch (ConnectException e) {
                socket.close();
                if (System.nanoTime() > deadlineNanos) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
