package org.edcomply.core.scan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one class tells the data-flow resolution, kept after its syntax tree is dropped: the types
 * of its fields, which members its {@code toString} prints, and where it declares disclosures.
 *
 * @param name             simple name
 * @param fieldTypes       field or component name to its declared type's simple name
 * @param toStringMembers  members that {@code toString} prints: all components of a record, all
 *                         fields under Lombok {@code @Data}/{@code @ToString}/{@code @Value}, the
 *                         fields named in a hand-written {@code toString}
 * @param disclosures      recipients of {@code @ThirdPartyDisclosure} on the class
 * @param memberDisclosures recipients of {@code @ThirdPartyDisclosure} per member or method
 */
record TypeSummary(String name, Map<String, String> fieldTypes, Set<String> toStringMembers,
                   List<String> disclosures, Map<String, List<String>> memberDisclosures) {
}
