package org.edcomply.core.model;

import java.util.List;
import java.util.Locale;

/**
 * The privacy notice ({@code privacyNotice}): where it is and in which languages.
 *
 * @param location  where {@code languages} is written, else the {@code privacyNotice} key
 * @param reference its https URL or its file in the project
 * @param languages BCP 47 language tags, e.g. {@code en}, {@code fr-CA}
 */
public record PrivacyNotice(Location location, String reference, List<String> languages) {

    public PrivacyNotice {
        languages = List.copyOf(languages);
    }

    /** True if the notice exists in {@code language} or a regional variant of it ({@code fr-CA} for {@code fr}). */
    public boolean availableIn(String language) {
        String wanted = language.toLowerCase(Locale.ROOT);
        return languages.stream().map(l -> l.toLowerCase(Locale.ROOT).replace('_', '-'))
                .anyMatch(l -> l.equals(wanted) || l.startsWith(wanted + "-"));
    }

    /** The languages of {@code required} the notice is not available in. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(l -> !availableIn(l)).toList();
    }
}
