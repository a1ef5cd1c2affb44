package dev.ferry.vtysh;

/**
 * Start-up shortcuts for `vtysh -c`, whose run time is mostly JVM start-up.
 *
 * <p>The first unix-socket channel makes the JDK look up its SelectorProvider with a ServiceLoader,
 * which opens every jar on the class path to search META-INF/services (about 25 ms here). On Linux the
 * answer is always the epoll provider, so vtysh names it in the property the JDK reads first.
 *
 * <p>The same first channel also builds a SecureRandom that vtysh never uses: see {@link SocketNameRandom}.
 */
final class StartupTuning {
    private static final String PROVIDER_PROPERTY = "java.nio.channels.spi.SelectorProvider";
    private static final String EPOLL_PROVIDER = "sun.nio.ch.EPollSelectorProvider";

    private StartupTuning() {
    }

    static void apply() {
        if (!"Linux".equals(System.getProperty("os.name"))) {
            return;
        }
        SocketNameRandom.initUnixDomainSockets();
        if (System.getProperty(PROVIDER_PROPERTY) != null) {
            return;
        }
        try {
            // Only if this JDK still has it: a wrong name would make every channel fail.
            Class.forName(EPOLL_PROVIDER, false, null);
            System.setProperty(PROVIDER_PROPERTY, EPOLL_PROVIDER);
        } catch (ClassNotFoundException | LinkageError e) {
            // Keep the JDK's own lookup.
        }
    }
}
