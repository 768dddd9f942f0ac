package org.edcomply.core;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How requirements are chosen for a run.
 *
 * @param asOf                 the day whose law applies (requirements carry effective dates)
 * @param horizonDays          requirements taking effect within this many days after {@code asOf}
 *                             are reported as INFO early warnings
 * @param overlayDirectory     the organisation's own jurisdictions and overlays, or null
 * @param customRulesDirectory DRL and check-type declarations to compile and load, or null;
 *                             DRL is code, so it is loaded only from a directory named explicitly
 */
public record JurisdictionOptions(LocalDate asOf, int horizonDays, Path overlayDirectory, Path customRulesDirectory) {

    public static final int DEFAULT_HORIZON_DAYS = 180;

    /** Today's law, a 180-day horizon, no overlays, no custom rules. */
    public static JurisdictionOptions defaults() {
        return new JurisdictionOptions(LocalDate.now(), DEFAULT_HORIZON_DAYS, null, null);
    }
}
