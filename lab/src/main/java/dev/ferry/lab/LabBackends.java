package dev.ferry.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds backends by name. The three of this project are named here and loaded by reflection (so the lab
 * module builds whichever of them exist); more can come through {@link ServiceLoader} from
 * META-INF/services/dev.ferry.lab.LabBackend.
 */
public final class LabBackends {
    private static final Map<String, String> BUILT_IN = Map.of(
            "netns", "dev.ferry.lab.netns.NetnsBackend",
            "docker", "dev.ferry.lab.docker.DockerBackend",
            "vm", "dev.ferry.lab.vm.VmBackend");
    /** The order `ferry-lab` lists them in, and netns first as the default. */
    public static final List<String> NAMES = List.of("netns", "docker", "vm");
    public static final String DEFAULT = "netns";

    private LabBackends() {
    }

    /** The backend of that name, or an exception saying why there is none. */
    public static LabBackend get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(BUILT_IN.containsKey(name)
                ? "the " + name + " backend is not part of this build (no class " + BUILT_IN.get(name) + ")"
                : "unknown backend \"" + name + "\" (known: " + String.join(", ", all().keySet()) + ")"));
    }

    public static Optional<LabBackend> find(String name) {
        String cls = BUILT_IN.get(name);
        if (cls != null) {
            try {
                Class<?> c = Class.forName(cls, true, LabBackends.class.getClassLoader());
                return Optional.of((LabBackend) c.getDeclaredConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                // fall through to the service loader
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create backend " + name + " (" + cls + "): " + e, e);
            }
        }
        for (LabBackend b : ServiceLoader.load(LabBackend.class, LabBackends.class.getClassLoader())) {
            if (b.name().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Every backend this build has, by name. */
    public static Map<String, LabBackend> all() {
        Map<String, LabBackend> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(NAMES);
        for (LabBackend b : ServiceLoader.load(LabBackend.class, LabBackends.class.getClassLoader())) {
            if (!names.contains(b.name())) {
                names.add(b.name());
            }
        }
        for (String n : names) {
            find(n).ifPresent(b -> out.put(n, b));
        }
        return out;
    }
}
