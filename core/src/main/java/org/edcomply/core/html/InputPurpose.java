package org.edcomply.core.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.edcomply.core.model.MarkupElement;

/**
 * WCAG 1.3.5 input purposes: which {@code autocomplete} token a field that collects the user's own
 * data should carry, guessed from its type, name and id, and whether a value is a valid token.
 */
public final class InputPurpose {

    /** The field-name tokens of the HTML autofill specification (the WCAG 2.1 input-purpose list and more). */
    private static final Set<String> TOKENS = Set.of("name", "honorific-prefix", "given-name", "additional-name",
            "family-name", "honorific-suffix", "nickname", "username", "new-password", "current-password",
            "one-time-code", "organization-title", "organization", "street-address", "address-line1", "address-line2",
            "address-line3", "address-level4", "address-level3", "address-level2", "address-level1", "country",
            "country-name", "postal-code", "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name",
            "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type", "transaction-currency",
            "transaction-amount", "language", "bday", "bday-day", "bday-month", "bday-year", "sex", "url", "photo",
            "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix",
            "tel-local-suffix", "tel-extension", "email", "impp", "webauthn");
    private static final Set<String> MODIFIERS = Set.of("shipping", "billing", "home", "work", "mobile", "fax", "pager");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Set<String> TEXT_TYPES = Set.of("text", "email", "tel", "url", "date", "password", "search", "");

    private InputPurpose() {
    }

    /**
     * The token the field should carry, or {@code ""} when it does not look like the user's own data.
     *
     * @param fields {@code pattern=token} pairs: a regular expression matched (case-insensitively, whole)
     *               against the field's name and id, and the token it means
     */
    public static String expected(MarkupElement e, List<String> fields) {
        if (!("input".equals(e.tag()) && TEXT_TYPES.contains(e.type())) && !"select".equals(e.tag())) {
            return "";
        }
        if ("email".equals(e.type())) {
            return "email";
        }
        if ("tel".equals(e.type())) {
            return "tel";
        }
        for (String candidate : new String[] {e.attr("name"), e.id()}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            String last = candidate.substring(candidate.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            for (String field : fields) {
                int eq = field.lastIndexOf('=');
                if (eq > 0 && PATTERNS.computeIfAbsent(field.substring(0, eq),
                        p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).matcher(last).matches()) {
                    return field.substring(eq + 1).trim();
                }
            }
        }
        return "";
    }

    /** True for an autocomplete value a browser understands: optional section and modifiers, then a field token. */
    public static boolean isValid(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String[] parts = value.trim().toLowerCase(Locale.ROOT).split("\\s+");
        int i = 0;
        if (parts[i].startsWith("section-")) {
            i++;
        }
        while (i < parts.length && MODIFIERS.contains(parts[i])) {
            i++;
        }
        return i < parts.length && TOKENS.contains(parts[i]) && (i == parts.length - 1
                || (i == parts.length - 2 && "webauthn".equals(parts[i + 1])));
    }
}
