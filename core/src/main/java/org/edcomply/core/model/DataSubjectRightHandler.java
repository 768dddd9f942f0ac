package org.edcomply.core.model;

/**
 * A handler declared with {@code @DataSubjectRight} to fulfil one right.
 *
 * @param handler {@code Class.method}, or the class when the annotation is on the class
 * @param right   the {@code DataSubjectRight.Right} name, e.g. {@code ERASURE}
 */
public record DataSubjectRightHandler(Location location, String handler, String right) {
}
