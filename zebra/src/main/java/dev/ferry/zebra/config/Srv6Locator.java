package dev.ferry.zebra.config;

import dev.ferry.lib.net.IpPrefix;

/**
 * An SRv6 locator (segment-routing / srv6 / locators / locator NAME). FRR 8.4 only lists a locator once
 * its prefix is set; the function length is printed only when given (0 = not given).
 */
public final class Srv6Locator {
    private final String name;
    private IpPrefix prefix;
    private int functionBits;

    public Srv6Locator(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The locator prefix as typed (host bits kept), or null before `prefix` was given. */
    public IpPrefix prefix() {
        return prefix;
    }

    public int functionBits() {
        return functionBits;
    }

    public void prefix(IpPrefix prefix, int functionBits) {
        this.prefix = prefix;
        this.functionBits = functionBits;
    }
}
