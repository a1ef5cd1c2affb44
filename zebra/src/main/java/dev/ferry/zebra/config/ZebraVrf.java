package dev.ferry.zebra.config;

/**
 * zebra's part of a `vrf NAME` block. With the network-namespace VRF backend the VRF is bound to a
 * namespace, either by the `netns` command or because zebra found the namespace in /run/netns; FRR prints
 * the binding as " netns PATH" inside the block.
 */
public final class ZebraVrf {
    private final String name;
    private String namespacePath;

    public ZebraVrf(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The namespace file this VRF lives in, or null for a VRF-lite (or not yet bound) VRF. */
    public String namespacePath() {
        return namespacePath;
    }

    public void attachNamespace(String path) {
        this.namespacePath = path;
    }

    public void detachNamespace() {
        this.namespacePath = null;
    }

    public boolean isConfigured() {
        return namespacePath != null;
    }
}
