package org.edcomply.core.wcag;

/** The WCAG 2.x versions, oldest first. */
public enum WcagVersion {
    V2_0("2.0"), V2_1("2.1"), V2_2("2.2");

    private final String number;

    WcagVersion(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    /** {@code 2.1} → {@link #V2_1}. */
    public static WcagVersion of(String number) {
        for (WcagVersion v : values()) {
            if (v.number.equals(number)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + number + "' is not a WCAG 2 version; expected 2.0, 2.1 or 2.2");
    }
}
