package org.edcomply.bench;

import java.lang.management.ManagementFactory;
import org.edcomply.core.EdComply;

/**
 * How soon a fresh JVM can fire rules, with nothing else running in it: the built-in catalogue
 * (check-type declarations and every jurisdiction file, parsed and validated) and the precompiled
 * rule base. In a real run both are loaded while the files are scanned, so the scan hides most of
 * this; measured alone it is what a module with little to scan waits for.
 *
 * <p>No arguments.
 */
public final class RuleBaseReady {

    private RuleBaseReady() {
    }

    public static void main(String[] args) {
        ProcessMetrics metrics = new ProcessMetrics();
        long start = System.nanoTime();
        EdComply.Catalog catalog = EdComply.builtInCatalog();
        long catalogMillis = (System.nanoTime() - start) / 1_000_000;
        int rules = catalog.rules().kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        metrics.put("catalogMillis", catalogMillis);
        metrics.put("ruleBaseLoadMillis", catalog.rules().loadMillis());
        metrics.put("readyMillis", (System.nanoTime() - start) / 1_000_000);
        metrics.put("jvmUptimeAtReadyMillis", ManagementFactory.getRuntimeMXBean().getUptime());
        metrics.put("rules", rules);
        metrics.put("requirements", catalog.jurisdictions().all().values().stream()
                .mapToInt(j -> j.requirements().size()).sum());
        metrics.print();
    }
}
