package dev.ferry.vtysh;

import java.security.Provider;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;
import sun.security.jca.ProviderList;
import sun.security.jca.Providers;

/**
 * The first Unix-domain channel initialises {@code sun.nio.ch.UnixDomainSockets}, whose static
 * {@code SecureRandom} (NativePRNGNonBlocking) only names the sockets a program binds to no address,
 * which vtysh never does. Getting it loads the java.security file and builds the SUN provider: about two
 * thirds of what opening the first channel costs, on every `vtysh -c` (BENCHMARKS.md).
 *
 * <p>{@link #initUnixDomainSockets()} initialises that class while this thread sees a provider list with
 * only {@link SocketNameProvider} in it. It needs {@code --add-exports java.base/sun.security.jca=ALL-UNNAMED},
 * which the launchers pass; without it (or on a JDK where these internals moved), the JDK's own lookup
 * happens later as usual. The rest of the JVM, and every other thread, keep the real providers.
 */
final class SocketNameRandom {
    private static final String UNIX_DOMAIN_SOCKETS = "sun.nio.ch.UnixDomainSockets";

    private SocketNameRandom() {
    }

    static void initUnixDomainSockets() {
        try {
            ProviderList previous = Providers.beginThreadProviderList(ProviderList.newList(new SocketNameProvider()));
            try {
                Class.forName(UNIX_DOMAIN_SOCKETS, true, null);
            } finally {
                Providers.endThreadProviderList(previous);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not exported to us, or not this JDK's layout: the JDK initialises the class itself later
        }
    }

    /** Offers the one algorithm UnixDomainSockets asks for, and nothing else. */
    static final class SocketNameProvider extends Provider {
        private static final long serialVersionUID = 1L;

        SocketNameProvider() {
            super("FerryVtyshSocketNames", "1", "random names for unbound Unix-domain sockets, vtysh only");
            putService(new Service(this, "SecureRandom", "NativePRNGNonBlocking", SocketNameSpi.class.getName(),
                    null, null) {
                @Override
                public Object newInstance(Object parameter) {
                    return new SocketNameSpi();
                }
            });
        }
    }

    /** Not for secrets: a socket name only has to differ from its neighbours'. */
    static final class SocketNameSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final SplittableRandom random = new SplittableRandom();

        @Override
        protected void engineSetSeed(byte[] seed) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int length) {
            byte[] seed = new byte[length];
            random.nextBytes(seed);
            return seed;
        }
    }
}
