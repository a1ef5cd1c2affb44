package dev.ferry.lab.docker;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The names and labels of one lab's Docker objects. Everything a lab creates is named
 * {@code ferrylab-<id>-...} and labelled with the lab id and its owner (the JVM that made it, or "kept"),
 * so a lab can be found, removed, and swept when its owner died without cleaning up ({@link StaleLabs}).
 */
record LabNames(String id, String owner) {

    static final String PREFIX = "ferrylab-";
    static final String LABEL_ID = "dev.ferry.lab.id";
    static final String LABEL_OWNER = "dev.ferry.lab.owner";
    static final String KEPT = "kept";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh random id ("fl" and 8 hex digits), owned by this JVM unless {@code keep}. */
    static LabNames fresh(boolean keep) {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return new LabNames("fl" + HexFormat.of().formatHex(b), keep ? KEPT : Owner.current());
    }

    /** {@code ferrylab-<id>}: the start of every container and network name of this lab. */
    String prefix() {
        return PREFIX + id;
    }

    String container(String router) {
        return prefix() + "-" + router.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    String network(int linkIndex) {
        return prefix() + "-l" + linkIndex;
    }

    /** The iptables comment on this lab's transit rule; carries the owner as the labels do. */
    String ruleComment() {
        return "ferry-lab:" + id + " owner=" + owner;
    }

    Map<String, String> labels() {
        return Map.of(LABEL_ID, id, LABEL_OWNER, owner);
    }
}
