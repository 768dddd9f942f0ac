package org.edcomply.core.jurisdiction;

import java.util.Map;

/** Check types declared in a test, for tests outside this package. */
public final class TestCheckTypes {

    private TestCheckTypes() {
    }

    /** A registry of check types, each given as its {@code .check.yaml} text. */
    public static CheckTypeRegistry of(String... declarations) {
        Map<String, CheckType> types = new java.util.TreeMap<>();
        for (String text : declarations) {
            CheckType type = CheckTypeRegistry.parse(text, "test.check.yaml");
            types.put(type.name(), type);
        }
        return new CheckTypeRegistry(types);
    }
}
