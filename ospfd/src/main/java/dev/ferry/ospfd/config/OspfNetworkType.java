package dev.ferry.ospfd.config;

/** `ip ospf network TYPE`. */
public enum OspfNetworkType {
    BROADCAST("broadcast"),
    NON_BROADCAST("non-broadcast"),
    POINT_TO_MULTIPOINT("point-to-multipoint"),
    POINT_TO_POINT("point-to-point");

    private final String word;

    OspfNetworkType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
