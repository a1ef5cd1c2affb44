package dev.ferry.ldpd.config;

/** An interface LDP runs on in one address family (`interface IFNAME` under `address-family`). */
public final class LdpInterface {
    private final String name;
    private final LdpFamily family;
    private boolean enabled;
    private final HelloTimers hello = new HelloTimers(0, 0);

    public LdpInterface(String name, LdpFamily family) {
        this.name = name;
        this.family = family;
    }

    public String name() {
        return name;
    }

    public LdpFamily family() {
        return family;
    }

    public boolean enabled() {
        return enabled;
    }

    public HelloTimers hello() {
        return hello;
    }

    public void enable() {
        enabled = true;
    }

    /** `no interface`: LDP stops on it and its timers are forgotten, as in FRR. */
    public void disable() {
        enabled = false;
        hello.holdtime(0);
        hello.interval(0);
    }
}
