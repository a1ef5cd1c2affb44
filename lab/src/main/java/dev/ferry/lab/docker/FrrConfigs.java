package dev.ferry.lab.docker;

import dev.ferry.lab.topology.RouterSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The small config files a lab router needs besides its frr.conf. */
final class FrrConfigs {

    /**
     * vtysh.conf for FRR's vtysh. The image has no PAM, and FRR's vtysh then lets a user in only when
     * vtysh.conf names it with nopassword; lab commands run as root.
     */
    static final String VTYSH_CONF = "service integrated-vtysh-config\nusername root nopassword\n";

    private FrrConfigs() {
    }

    /** zebra and staticd first, then the router's protocol daemons in its order, each once. */
    static List<String> daemonsToStart(RouterSpec spec) {
        Set<String> all = new LinkedHashSet<>(List.of("zebra", "staticd"));
        if (spec.daemons() != null) {
            all.addAll(spec.daemons());
        }
        return List.copyOf(all);
    }

    /** Ferry's daemons file (read by frrinit.sh): the protocol daemons enabled, and vtysh -b on. */
    static String ferryDaemonsFile(RouterSpec spec) {
        StringBuilder sb = new StringBuilder("# written by the ferry-lab docker backend\n");
        for (String d : daemonsToStart(spec)) {
            if (!d.equals("zebra") && !d.equals("staticd")) {
                sb.append(d).append("=yes\n");
            }
        }
        return sb.append("vtysh_enable=yes\n").toString();
    }
}
