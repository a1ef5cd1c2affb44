package dev.ferry.ospfd.config;

import dev.ferry.lib.net.ConfiguredInterface;
import dev.ferry.ospfd.shared.AreaId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OSPFv2 settings of one interface (`ip ospf ...`). Null means "not configured": FRR prints only what was
 * set, and some settings only when they differ from the default.
 */
public final class OspfInterfaceConfig extends ConfiguredInterface {
    public static final int DEFAULT_HELLO = 10;
    public static final int DEFAULT_PRIORITY = 1;

    private AreaId area;
    private Integer cost;
    private int helloInterval = DEFAULT_HELLO;
    private Integer deadInterval;
    private int priority = DEFAULT_PRIORITY;
    private OspfNetworkType networkType;
    private boolean dmvpn;
    private OspfAuthentication authentication;
    private String authenticationKey;
    private final Map<Integer, String> messageDigestKeys = new LinkedHashMap<>();
    private boolean mtuIgnore;
    private Boolean passive;

    public OspfInterfaceConfig(String name, String vrf) {
        super(name, vrf);
    }

    /** `ip ospf area`, or null. */
    public AreaId area() {
        return area;
    }

    public void area(AreaId area) {
        this.area = area;
    }

    public Integer cost() {
        return cost;
    }

    public void cost(Integer cost) {
        this.cost = cost;
    }

    public int helloInterval() {
        return helloInterval;
    }

    public void helloInterval(int seconds) {
        this.helloInterval = seconds;
    }

    /** The configured dead interval, or null (then four hello intervals). */
    public Integer deadInterval() {
        return deadInterval;
    }

    public void deadInterval(Integer seconds) {
        this.deadInterval = seconds;
    }

    public int priority() {
        return priority;
    }

    public void priority(int priority) {
        this.priority = priority;
    }

    /** The configured network type, or null for the interface's own (broadcast, point-to-point, loopback). */
    public OspfNetworkType networkType() {
        return networkType;
    }

    public boolean dmvpn() {
        return dmvpn;
    }

    public void networkType(OspfNetworkType type, boolean dmvpn) {
        this.networkType = type;
        this.dmvpn = dmvpn;
    }

    public OspfAuthentication authentication() {
        return authentication;
    }

    public void authentication(OspfAuthentication authentication) {
        this.authentication = authentication;
    }

    public String authenticationKey() {
        return authenticationKey;
    }

    public void authenticationKey(String key) {
        this.authenticationKey = key;
    }

    /** MD5 keys by key ID, in the order they were (last) set. */
    public Map<Integer, String> messageDigestKeys() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(messageDigestKeys));
    }

    /** Sets a key; re-setting an ID moves it to the end, as FRR deletes and re-adds it. */
    public void messageDigestKey(int id, String key) {
        messageDigestKeys.remove(id);
        messageDigestKeys.put(id, key);
    }

    public boolean removeMessageDigestKey(int id) {
        return messageDigestKeys.remove(id) != null;
    }

    public boolean mtuIgnore() {
        return mtuIgnore;
    }

    public void mtuIgnore(boolean ignore) {
        this.mtuIgnore = ignore;
    }

    /** TRUE for `ip ospf passive`, FALSE for an explicit `no ip ospf passive`, null when unset. */
    public Boolean passive() {
        return passive;
    }

    /**
     * FRR's ospf_passive_interface_update: setting the opposite of an explicit value clears it; setting
     * anything when unset makes it explicit (so a lone `no ip ospf passive` shows in running-config).
     */
    public void applyPassive(boolean wanted) {
        if (passive == null) {
            passive = wanted;
        } else if (passive != wanted) {
            passive = null;
        }
    }
}
