package org.edcomply.core.scan.template;

import java.util.Map;

/**
 * JSF and Spring form components that render one HTML element, so that {@code <h:graphicImage>}
 * is checked as the {@code <img>} the browser gets. Other prefixed tags ({@code c:if},
 * {@code th:block}, {@code ui:define}) render no element of their own.
 *
 * @param tag        the HTML element rendered
 * @param type       the {@code type} it is rendered with, or {@code null}
 * @param idFrom     the attribute that becomes the rendered {@code id} and {@code name}
 *                   (Spring's {@code path}), or {@code null}
 * @param forFrom    the attribute that becomes a label's {@code for}, or {@code null}
 * @param textFrom   the attribute rendered as the element's text (JSF {@code value}), or {@code null}
 * @param srcFrom    the attribute rendered as {@code src}/{@code href}, or {@code null}
 */
record ComponentTags(String tag, String type, String idFrom, String forFrom, String textFrom, String srcFrom) {

    private static final Map<String, ComponentTags> KNOWN = Map.ofEntries(
            // JSF HTML components (Facelets and JSP)
            Map.entry("h:graphicimage", new ComponentTags("img", null, null, null, null, "value")),
            Map.entry("h:inputtext", new ComponentTags("input", "text", null, null, null, null)),
            Map.entry("h:inputsecret", new ComponentTags("input", "password", null, null, null, null)),
            Map.entry("h:inputtextarea", new ComponentTags("textarea", null, null, null, null, null)),
            Map.entry("h:inputhidden", new ComponentTags("input", "hidden", null, null, null, null)),
            Map.entry("h:inputfile", new ComponentTags("input", "file", null, null, null, null)),
            Map.entry("h:selectonemenu", new ComponentTags("select", null, null, null, null, null)),
            Map.entry("h:selectmanymenu", new ComponentTags("select", null, null, null, null, null)),
            Map.entry("h:selectonelistbox", new ComponentTags("select", null, null, null, null, null)),
            Map.entry("h:selectmanylistbox", new ComponentTags("select", null, null, null, null, null)),
            Map.entry("h:selectbooleancheckbox", new ComponentTags("input", "checkbox", null, null, null, null)),
            Map.entry("h:commandbutton", new ComponentTags("input", "submit", null, null, null, null)),
            Map.entry("h:button", new ComponentTags("input", "button", null, null, null, null)),
            Map.entry("h:commandlink", new ComponentTags("a", null, null, null, "value", null)),
            Map.entry("h:link", new ComponentTags("a", null, null, null, "value", "outcome")),
            Map.entry("h:outputlink", new ComponentTags("a", null, null, null, null, "value")),
            Map.entry("h:outputlabel", new ComponentTags("label", null, null, null, "value", null)),
            Map.entry("h:form", new ComponentTags("form", null, null, null, null, null)),
            Map.entry("h:head", new ComponentTags("head", null, null, null, null, null)),
            Map.entry("h:body", new ComponentTags("body", null, null, null, null, null)),
            // Spring MVC form tags (JSP)
            Map.entry("form:form", new ComponentTags("form", null, null, null, null, null)),
            Map.entry("form:input", new ComponentTags("input", "text", "path", null, null, null)),
            Map.entry("form:password", new ComponentTags("input", "password", "path", null, null, null)),
            Map.entry("form:hidden", new ComponentTags("input", "hidden", "path", null, null, null)),
            Map.entry("form:textarea", new ComponentTags("textarea", null, "path", null, null, null)),
            Map.entry("form:select", new ComponentTags("select", null, "path", null, null, null)),
            Map.entry("form:checkbox", new ComponentTags("input", "checkbox", "path", null, null, null)),
            Map.entry("form:radiobutton", new ComponentTags("input", "radio", "path", null, null, null)),
            Map.entry("form:label", new ComponentTags("label", null, null, "path", null, null)),
            Map.entry("form:button", new ComponentTags("button", null, null, null, null, null)));

    /** The component for a lower-case tag name, or {@code null}. */
    static ComponentTags find(String tag) {
        return KNOWN.get(tag);
    }
}
