package org.edcomply.core.model;

import java.util.List;
import java.util.Locale;

/**
 * Personal data leaving for a recipient in another country: a processor ({@code processors}) or
 * another recipient ({@code transfers}) of the manifest.
 *
 * @param role       {@code PROCESSOR} or {@code RECIPIENT}
 * @param fromRegion where the data comes from, when the manifest says; {@code null} = wherever the product is used
 * @param country    where the recipient receives it, as a region code
 * @param mechanism  the transfer mechanism declared ({@code SCC}, {@code DPF}, ...), or {@code null}
 * @param dpaSigned  whether a data processing agreement is signed, or {@code null} when not declared
 */
public record DataTransfer(Location location, String recipient, String role, String fromRegion, String country,
                           String mechanism, Boolean dpaSigned) implements DataLocation {

    @Override
    public String destination() {
        return country;
    }

    /** True if the data comes from within {@code origin} (or the manifest does not say where from). */
    public boolean leaves(List<String> origin) {
        return (fromRegion == null || Regions.within(fromRegion, origin)) && !Regions.within(country, origin);
    }

    /**
     * True if the transfer is lawful under a regime that protects {@code origin}: the destination is
     * adequate, or the declared mechanism is one the regime accepts. An adequacy entry written
     * {@code COUNTRY:MECHANISM} covers only transfers using that mechanism (the EU-US Data Privacy
     * Framework covers certified recipients only: {@code US:DPF}).
     */
    public boolean allowedBy(List<String> adequate, List<String> mechanisms) {
        String m = mechanism == null ? "" : mechanism.toUpperCase(Locale.ROOT);
        for (String entry : adequate) {
            int colon = entry.indexOf(':');
            String area = colon < 0 ? entry : entry.substring(0, colon);
            if (Regions.within(country, area)
                    && (colon < 0 || entry.substring(colon + 1).trim().equalsIgnoreCase(m))) {
                return true;
            }
        }
        return !m.isEmpty() && mechanisms.stream().anyMatch(x -> x.equalsIgnoreCase(m));
    }

    /** The mechanism for messages: its name or {@code none}. */
    public String mechanismOrNone() {
        return mechanism == null ? "none" : mechanism;
    }
}
