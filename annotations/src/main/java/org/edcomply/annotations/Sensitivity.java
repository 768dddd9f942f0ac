package org.edcomply.annotations;

/** How harmful disclosure of a data element would be. */
public enum Sensitivity {
    /** Use the level that comes with the data category. */
    DEFAULT,
    LOW,
    MEDIUM,
    HIGH,
    /** Special-category or equivalent data (GDPR Art. 9, LGPD Art. 5(II), PIPL Art. 28). */
    SPECIAL
}
