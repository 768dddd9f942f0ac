package org.edcomply.core.classify;

import java.util.List;
import java.util.Set;
import org.edcomply.annotations.DataCategory;

/**
 * One kind of personal data the classifier knows, e.g. {@code user.education.special_education.iep}.
 *
 * @param key      stable key, fideslang's where one exists
 * @param context  where a bare word means this data: {@code any}, {@code record} or {@code person}
 * @param suffix   token patterns that must end the name
 * @param anywhere token patterns that may sit anywhere in the name
 * @param exclude  tokens that, next to a match, mean the field is about the data, not the data
 * @param booleans whether a boolean field can hold this data (hasIep) or is only a flag (emailVerified)
 */
public record DataType(String key, DataCategory category, String context, List<List<String>> suffix,
                       List<List<String>> anywhere, Set<String> exclude, boolean booleans) {
}
