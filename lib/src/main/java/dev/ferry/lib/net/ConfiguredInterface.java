package dev.ferry.lib.net;

/**
 * What every daemon keeps of an interface it was configured for, as FRR's struct interface does: the
 * name, the VRF and the description. Each daemon extends it with its own settings.
 */
public abstract class ConfiguredInterface {
    private final String name;
    private final String vrf;
    private String description;

    protected ConfiguredInterface(String name, String vrf) {
        this.name = name;
        this.vrf = vrf;
    }

    public final String name() {
        return name;
    }

    /**
     * The VRF the interface was first configured in (`interface NAME vrf VRF`, else the default). With
     * VRF-lite the kernel has the last word and FRR does not print it; it only orders the blocks.
     */
    public final String vrf() {
        return vrf;
    }

    /** `description LINE...`, or null. */
    public final String description() {
        return description;
    }

    public final void description(String description) {
        this.description = description;
    }
}
