package org.edcomply.core.scan.template;

/**
 * One template pulling in another: a layout it is decorated by, a fragment or file it includes.
 *
 * @param target as written, e.g. {@code layouts/main}, {@code /WEB-INF/jspf/header.jspf}; {@code null}
 *               when computed by template code
 * @param layout the other template wraps this one (Thymeleaf layout, Facelets template, JSP tag
 *               file, FreeMarker macro library); otherwise it is inserted at {@code offset}
 */
record Reference(String target, boolean layout, int offset) {

    boolean isComputed() {
        return target == null;
    }
}
