package org.edcomply.core.scan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.MarkupElement;
import org.edcomply.core.model.MarkupPage;
import org.edcomply.core.model.StyleRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the template scanner makes of real template syntax, with positions in the original file. */
class TemplateScannerTest {

    @TempDir
    Path project;

    private List<Object> scan(String... pathAndText) throws IOException {
        for (int i = 0; i < pathAndText.length; i += 2) {
            Path file = project.resolve("src/main/resources/templates").resolve(pathAndText[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathAndText[i + 1]);
        }
        return TemplateScanner.scan(project, TemplateScanner.DEFAULT_ROOTS).facts();
    }

    private static MarkupElement element(List<Object> facts, String tag) {
        return facts.stream().filter(f -> f instanceof MarkupElement e && e.tag().equals(tag))
                .map(MarkupElement.class::cast).findFirst().orElseThrow(() -> new AssertionError("no <" + tag + "> in " + facts));
    }

    private static <T> List<T> all(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void elementsCarryTheLineAndColumnOfTheirStartTag() throws IOException {
        List<Object> facts = scan("a.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n  <p>hi\n    <img src=\"x.png\"></p>\n</body></html>\n");
        assertEquals("src/main/resources/templates/a.html:5:5", element(facts, "img").location().toString());
    }

    @Test
    void jspDirectivesAreMaskedWithoutMovingPositions() throws IOException {
        List<Object> facts = scan("a.jsp", "<%@ page contentType=\"text/html\" %><%@ taglib prefix=\"c\" uri=\"x\" %>\n"
                + "<html lang=\"en\"><body><% if (x) { %>\n<a href=\"/\"><%= user.name %></a> <img src=\"a\" <% if (y) { %>alt=\"A\"<% } %>>\n</body></html>");
        MarkupElement link = element(facts, "a");
        assertEquals(3, link.location().line());
        assertTrue(link.nameDynamic(), "<%= %> writes the link text");
        MarkupElement img = element(facts, "img");
        assertEquals("src/main/resources/templates/a.jsp:3:34", img.location().toString());
        assertEquals("A", img.attr("alt"), "an attribute written under a scriptlet condition counts as present");
    }

    @Test
    void thymeleafAttributesCountAsPresent() throws IOException {
        List<Object> facts = scan("t.html", "<html xmlns:th=\"http://www.thymeleaf.org\"><body>\n"
                + "<img th:src=\"@{/a.png}\" th:alt=\"#{logo}\">\n"
                + "<input type=\"image\" th:attr=\"src=@{/b.png},alt=#{go}\">\n"
                + "<label th:text=\"#{email}\" for=\"email\"></label><input th:field=\"*{email}\" type=\"email\">\n"
                + "<button th:text=\"#{save}\"></button><a href=\"/x\">[[${label}]]</a>\n</body></html>");
        assertTrue(element(facts, "img").has("alt"));
        assertTrue(element(facts, "img").isDynamic("alt"));
        assertTrue(all(facts, MarkupElement.class).stream().filter(e -> e.tag().equals("input") && e.type().equals("image"))
                .findFirst().orElseThrow().has("alt"));
        MarkupElement email = all(facts, MarkupElement.class).stream().filter(e -> "email".equals(e.type())).findFirst().orElseThrow();
        assertEquals("email", email.id(), "th:field renders id and name");
        assertTrue(element(facts, "label").nameDynamic());
        assertTrue(element(facts, "button").isNamed());
        assertTrue(element(facts, "a").isNamed());
    }

    @Test
    void jspComponentTagsAreCheckedAsTheElementsTheyRender() throws IOException {
        List<Object> facts = scan("f.jsp", "<form:form><form:label path=\"email\">E-mail</form:label>\n"
                + "<form:input path=\"email\"/><label>Name <c:out value=\"${n}\"/></label></form:form>");
        MarkupElement input = all(facts, MarkupElement.class).stream().filter(e -> e.tag().equals("input")).findFirst().orElseThrow();
        assertEquals("email", input.id());
        assertEquals("form:input", input.sourceTag());
        assertEquals(2, input.location().line());
        List<MarkupElement> labels = all(facts, MarkupElement.class).stream().filter(e -> e.tag().equals("label")).toList();
        assertEquals("email", labels.get(0).attr("for"));
        assertTrue(labels.get(1).nameDynamic(), "<c:out> inside a label writes its text");
        assertFalse(all(facts, MarkupElement.class).stream().anyMatch(e -> e.sourceTag().startsWith("c:")));
    }

    @Test
    void freemarkerAndVelocityDirectivesAroundAttributesAndElements() throws IOException {
        List<Object> facts = scan("p.ftl", "<#import \"/lib.ftl\" as lib>\n<img src=\"a\" <#if alt??>alt=\"${alt}\"</#if>>\n"
                + "<#if a><div id=\"x\"></div><#else><div id=\"x\"></div></#if>\n<button><@lib.label key=\"save\"/></button>",
                "v.vm", "#if($x)\n<a href=\"#top\">$label</a>\n#end\n<p style=\"color:#fff\">x</p>");
        assertTrue(element(facts, "img").isDynamic("alt"));
        assertTrue(all(facts, MarkupElement.class).stream().filter(e -> "x".equals(e.id())).allMatch(MarkupElement::conditional));
        assertTrue(element(facts, "button").nameDynamic(), "a macro call writes the button text");
        MarkupElement link = element(facts, "a");
        assertTrue(link.conditional());
        assertTrue(link.nameDynamic());
        assertEquals("#top", link.attr("href"));
        assertEquals("color:#fff", element(facts, "p").attr("style"));
    }

    @Test
    void aComponentImageInsideALinkNamesTheLinkByItsAlt() throws IOException {
        List<Object> facts = scan("nav.xhtml", "<html xmlns:h=\"jakarta.faces.html\" lang=\"en\"><h:body>\n"
                + "<h:outputLink value=\"/messages\"><h:graphicImage value=\"/envelope.svg\" alt=\"Messages\"/></h:outputLink>\n"
                + "<h:outputLink value=\"/help\"><h:graphicImage value=\"/help.svg\"/></h:outputLink>\n</h:body></html>");
        List<MarkupElement> links = all(facts, MarkupElement.class).stream().filter(e -> e.tag().equals("a")).toList();
        assertEquals("Messages", links.get(0).name(), "the alt of the <img> that h:graphicImage renders");
        assertFalse(links.get(1).isNamed(), "an image without alt gives the link no name");
    }

    @Test
    void aTitleAndLangInASharedLayoutCountForThePage() throws IOException {
        List<Object> facts = scan(
                "layouts/main.html", "<!DOCTYPE html>\n<html lang=\"en\" xmlns:layout=\"x\"><head><title>Reading</title></head>"
                        + "<body><main layout:fragment=\"content\"></main></body></html>",
                "books.html", "<!DOCTYPE html>\n<html layout:decorate=\"~{layouts/main}\"><body><main layout:fragment=\"content\">x</main></body></html>",
                "fragments/footer.html", "<html><body><footer th:fragment=\"footer\">(c)</footer></body></html>",
                "orphan.html", "<!DOCTYPE html>\n<html><head></head><body><p>no title</p></body></html>");
        List<MarkupPage> pages = all(facts, MarkupPage.class);
        assertEquals("[books.html, orphan.html]", pages.stream().map(p -> p.file().substring(p.file().lastIndexOf("templates/") + 10))
                .collect(Collectors.toList()).toString(), "layouts and fragment files are not pages of their own");
        MarkupPage books = pages.get(0);
        assertEquals("Reading", books.title());
        assertEquals("en", books.lang());
        assertEquals(2, books.location().line());
        MarkupPage orphan = pages.get(1);
        assertNull(orphan.title());
        assertNull(orphan.lang());
        assertFalse(orphan.layoutUnresolved());
    }

    @Test
    void jspPagesGetTheirHeadFromIncludesAndTagFiles() throws IOException {
        List<Object> facts = scan(
                "WEB-INF/jspf/header.jspf", "<html lang=\"en-GB\"><head><title><fmt:message key=\"t\"/></title></head><body>",
                "WEB-INF/views/home.jsp", "<%@ include file=\"/WEB-INF/jspf/header.jspf\" %>\n<p>home</p></body></html>",
                "WEB-INF/tags/page.tag", "<%@ tag body-content=\"scriptless\" %><html><head><title>${title}</title></head><body><jsp:doBody/></body></html>",
                "WEB-INF/views/list.jsp", "<%@ taglib prefix=\"t\" tagdir=\"/WEB-INF/tags\" %>\n<t:page title=\"List\"><p>x</p></t:page>");
        List<MarkupPage> pages = all(facts, MarkupPage.class);
        assertEquals(2, pages.size(), pages.toString());
        assertTrue(pages.stream().allMatch(MarkupPage::hasTitle), pages.toString());
        assertEquals("en-GB", pages.get(0).lang());
        assertEquals(1, pages.get(0).location().line(), "the include that brings the <html>");
    }

    @Test
    void styleBlocksGiveRulesWithPositions() throws IOException {
        List<Object> facts = scan("s.html", "<html><head><style>\n/* reset */\na:focus, button:focus {\n  outline: none;\n}\n"
                + "@media print { .x:focus { outline: 0 } }</style></head></html>");
        List<StyleRule> rules = all(facts, StyleRule.class);
        assertEquals(2, rules.size(), rules.toString());
        assertEquals("a:focus, button:focus", rules.get(0).selector());
        assertEquals("none", rules.get(0).value("outline"));
        assertEquals(3, rules.get(0).location().line());
        assertEquals(".x:focus", rules.get(1).selector());
    }

    @Test
    void brokenTemplatesAreProblemsAndTheRestIsStillChecked() throws IOException {
        Files.createDirectories(project.resolve("src/main/webapp"));
        Files.write(project.resolve("src/main/webapp/latin1.html"), new byte[] {'<', 'p', '>', (byte) 0xE9});
        List<Object> facts = scan("c.html", "<html><body>\n<img src=\"a\">\n<!-- start of a comment never closed\n<img src=\"b\">",
                "d.jsp", "<p>\n<% if (x) { \n<img src=\"c\">",
                "e.ftl", "<#-- unclosed\n<img>");
        List<String> problems = all(facts, AnalysisProblem.class).stream()
                .map(p -> p.location().toString().replaceFirst(".*/", "") + " " + p.detail()).sorted().toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("c.html:3:1 template could not be fully parsed: an HTML comment <!--"), problems.get(0));
        assertTrue(problems.get(1).startsWith("d.jsp:2:1 template could not be fully parsed: a JSP tag <% opened here"), problems.get(1));
        assertTrue(problems.get(2).startsWith("e.ftl:1:1 template could not be fully parsed: a FreeMarker comment"), problems.get(2));
        assertTrue(problems.get(3).startsWith("latin1.html template could not be read: expected UTF-8"), problems.get(3));
        assertEquals(2, element(facts, "img").location().line(), "what comes before the problem is still checked");
    }

    @Test
    void facesTemplatesAreXmlAndMapToHtml() throws IOException {
        List<Object> facts = scan(
                "WEB-INF/layout.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"u\" lang=\"fr\"><h:head><title><ui:insert name=\"title\">App</ui:insert></title></h:head>"
                        + "<h:body><ui:insert name=\"content\"/></h:body></html>",
                "grades.xhtml", "<ui:composition xmlns:ui=\"u\" template=\"/WEB-INF/layout.xhtml\">\n<ui:define name=\"content\">"
                        + "<h:graphicImage value=\"/chart.png\"/><div/><h:outputLabel for=\"g\" value=\"Grade\"/></ui:define></ui:composition>");
        MarkupElement img = element(facts, "img");
        assertEquals("/chart.png", img.attr("src"));
        assertFalse(img.has("alt"));
        assertEquals(2, img.location().line());
        assertEquals("Grade", element(facts, "label").name());
        List<MarkupPage> pages = all(facts, MarkupPage.class);
        assertEquals(1, pages.size());
        assertEquals("fr", pages.get(0).lang());
        assertTrue(pages.get(0).hasTitle());
    }
}
