package org.edcomply.core.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Whether a {@code lang} value is a well-formed BCP 47 tag with a known primary language. */
public final class LanguageTags {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    public static boolean isValid(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.trim()).build();
            String language = locale.getLanguage();
            // two letters must be an ISO 639-1 code; three (ISO 639-2/3) and private use are accepted;
            // four to eight letters are well-formed but no such language subtag is registered
            return language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3
                    || (language.isEmpty() && tag.trim().toLowerCase(Locale.ROOT).startsWith("x-"));
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
