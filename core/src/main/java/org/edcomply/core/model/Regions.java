package org.edcomply.core.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Region codes as the manifest and jurisdiction files write them: an ISO 3166-1 country
 * ({@code US}), an ISO 3166-2 subdivision ({@code US-NY}, {@code CA-QC}), or a group ({@code EU},
 * {@code EEA}). A subdivision lies within its country, a member state within its group.
 */
public final class Regions {

    /** The 27 member states of the European Union. */
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    /** The EU plus Iceland, Liechtenstein and Norway. */
    static final Set<String> EEA_OUTSIDE_EU = Set.of("IS", "LI", "NO");

    private Regions() {
    }

    /** True if {@code region} lies within any of {@code areas}. */
    public static boolean within(String region, Collection<String> areas) {
        if (region == null) {
            return false;
        }
        for (String area : areas) {
            if (within(region, area)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code region} is {@code area}, one of its subdivisions, or a member of the group. */
    public static boolean within(String region, String area) {
        String r = region.trim().toUpperCase(Locale.ROOT);
        String a = area.trim().toUpperCase(Locale.ROOT);
        if (r.equals(a) || r.startsWith(a + "-")) {
            return true;
        }
        String country = country(r);
        return switch (a) {
            case "EU" -> EU.contains(country);
            case "EEA" -> EU.contains(country) || EEA_OUTSIDE_EU.contains(country) || r.equals("EU");
            default -> false;
        };
    }

    /** {@code US-NY} → {@code US}; a country or group is returned as it is. */
    public static String country(String region) {
        int dash = region.indexOf('-');
        return dash < 0 ? region : region.substring(0, dash);
    }

    /** True for the groups this class knows, which are not ISO 3166 codes. */
    public static boolean isGroup(String region) {
        return "EU".equals(region) || "EEA".equals(region);
    }
}
