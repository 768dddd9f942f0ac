package org.edcomply.core.wcag;

/** WCAG conformance levels, from the least to the most demanding. */
public enum WcagLevel {
    A, AA, AAA
}
