package io.casekit.examples.lifecycle;

import io.casekit.core.store.InMemoryCaseStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A target the driver can run: its name, the storage it runs on, whether it is that storage's floor,
 * and how to make a fresh instance for one run. Casekit on a storage is reported as a ratio of the
 * floor on the same storage.
 *
 * @param name the name on the command line and in reports
 * @param storage the storage both Casekit and its floor run on, e.g. {@code memory}, {@code h2}
 * @param floor whether this is the floor of its storage
 * @param description one line for the report
 * @param factory makes a fresh target for one run
 */
public record TargetSpec(String name, String storage, boolean floor, String description,
        Supplier<? extends LifecycleTarget<?>> factory) {

    /**
     * Every target the driver knows, in report order. Add a storage by adding its Casekit target and
     * its floor here (e.g. {@code casekit-h2} and {@code floor-h2}, the plain-JDBC floor).
     */
    public static Map<String, TargetSpec> all() {
        Map<String, TargetSpec> specs = new LinkedHashMap<>();
        add(specs, new TargetSpec("casekit-memory", "memory", false,
                "Casekit on InMemoryCaseStore, the benchmark workflow definition, public API only",
                () -> new CasekitTarget("casekit-memory", InMemoryCaseStore::new)));
        add(specs, new TargetSpec(InMemoryFloorTarget.NAME, "memory", true,
                "ConcurrentHashMap row with a version/status check + one audit record per transaction",
                InMemoryFloorTarget::new));
        return specs;
    }

    private static void add(Map<String, TargetSpec> specs, TargetSpec spec) {
        specs.put(spec.name(), spec);
    }
}
