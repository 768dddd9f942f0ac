package org.edcomply.core.classify;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;

/**
 * What the classifier made of one field name, and why.
 *
 * @param dataType the data type's key, e.g. {@code user.contact.email}
 * @param pattern  the pattern that matched, as written in the taxonomy, e.g. {@code "email"}
 * @param name     the field name it matched
 * @param context  the class (and its kind) that made a bare word personal, for the evidence
 */
public record Classification(String dataType, DataCategory category, DataSubject subject, String pattern,
                             String name, String context) {

    /** {@code pattern "email" of user.contact.email matched 'guardianEmail' (in a person's class Guardian)}. */
    public String evidence() {
        return "pattern \"" + pattern + "\" of " + dataType + " matched '" + name + "'" + context;
    }
}
