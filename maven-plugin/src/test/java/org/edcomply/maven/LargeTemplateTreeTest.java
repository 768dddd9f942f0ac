package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real-world-sized web application: hundreds of templates in every supported language, some of
 * them broken. The scan finishes, every broken template is a finding, and every page is judged.
 */
class LargeTemplateTreeTest {

    private static final int PER_DIALECT = 120;

    @TempDir
    Path project;

    @Test
    void hundredsOfTemplatesScanWithoutErrorAndBrokenOnesAreFindings() throws IOException {
        Files.writeString(project.resolve("edcomply.yaml"), "jurisdictions: [us-ada-title-ii, us-section-508]\n"
                + "accessibility:\n  target: WCAG21AA\n");
        Path templates = project.resolve("src/main/resources/templates");
        Path webapp = project.resolve("src/main/webapp/WEB-INF");
        write(templates.resolve("layouts/main.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><title>App</title></head>"
                + "<body><main layout:fragment=\"content\"></main></body></html>\n");
        write(webapp.resolve("jspf/header.jspf"), "<html lang=\"en\"><head><title>App</title></head><body>\n");
        int broken = 0;
        for (int i = 0; i < PER_DIALECT; i++) {
            boolean breakIt = i % 40 == 39;
            broken += breakIt ? 4 : 0;
            String body = body(i);
            write(templates.resolve("module" + (i % 12) + "/page" + i + ".html"), "<!DOCTYPE html>\n"
                    + "<html xmlns:th=\"http://www.thymeleaf.org\" layout:decorate=\"~{layouts/main}\"><body>\n"
                    + "<main layout:fragment=\"content\">\n" + body.replace("$ALT", "th:alt=\"#{alt" + i + "}\"")
                    + (breakIt ? "<!-- never closed\n" : "") + "</main></body></html>\n");
            write(webapp.resolve("views/v" + (i % 10) + "/view" + i + ".jsp"), "<%@ include file=\"/WEB-INF/jspf/header.jspf\" %>\n"
                    + "<%@ taglib prefix=\"c\" uri=\"jakarta.tags.core\" %>\n" + body.replace("$ALT", "alt=\"<c:out value='${a}'/>\"")
                    + (breakIt ? "<% if (x) {\n" : "") + "</body></html>\n");
            write(templates.resolve("ftl/f" + i + ".ftl"), "<#import \"/lib.ftl\" as lib>\n<!DOCTYPE html>\n<html lang=\"en\"><head><title>${t}</title></head><body>\n"
                    + body.replace("$ALT", "<#if a??>alt=\"${a}\"</#if>") + (breakIt ? "<#-- never closed\n" : "") + "</body></html>\n");
            write(templates.resolve("vm/v" + i + ".vm"), "#parse(\"header.vm\")\n" + body.replace("$ALT", "alt=\"$alt\"")
                    + (breakIt ? "#* never closed\n" : "") + "\n");
        }
        for (int i = 0; i < 40; i++) {
            write(project.resolve("src/main/webapp/faces/p" + i + ".xhtml"), "<ui:composition xmlns:ui=\"u\" template=\"/layout.xhtml\">\n"
                    + "<ui:define name=\"content\"><h:graphicImage value=\"/i.png\" alt=\"x\"/><h:inputText id=\"n" + i + "\"/></ui:define></ui:composition>\n");
        }
        int files = 4 * PER_DIALECT + 40 + 2;

        long start = System.nanoTime();
        AnalysisResult result = EdComply.analyse(AnalysisRequest.mavenLayout(project, 17, List.of()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(files + 1, result.filesScanned(), "every template and the manifest are read");
        Map<String, Integer> byRequirement = new TreeMap<>();
        for (Finding f : result.findings()) {
            byRequirement.merge(f.requirementId(), 1, Integer::sum);
        }
        assertEquals(broken, byRequirement.getOrDefault("EDC-UNPARSABLE", 0), byRequirement.toString());
        // the two unlabelled inputs of each HTML, JSP, FreeMarker and Velocity page, once per regime
        // the two unlabelled controls of each HTML, JSP, FreeMarker and Velocity page and the JSF input
        // of each Facelets page, once per regime
        assertEquals(2 * 4 * PER_DIALECT + 40, byRequirement.get("ADA-II-FORM-LABEL"), byRequirement.toString());
        assertEquals(byRequirement.get("ADA-II-FORM-LABEL"), byRequirement.get("S508-FORM-LABEL"));
        assertEquals(0, byRequirement.getOrDefault("ADA-II-IMAGE-ALT", 0), "conditional and computed alts count");
        assertEquals(0, byRequirement.getOrDefault("ADA-II-PAGE-TITLE", 0), "titles come from the layouts");
        System.out.printf("EdComply: %d templates, %d findings in %d ms%n", files, result.findings().size(), millis);
        assertTrue(millis < 60_000, "scan took " + millis + " ms");
    }

    /** About 60 lines of an ordinary page: navigation, a form, a table, media. */
    private static String body(int i) {
        StringBuilder sb = new StringBuilder();
        sb.append("<nav><ul>");
        for (int k = 0; k < 10; k++) {
            sb.append("<li><a href=\"/section").append(k).append("\">Section ").append(k).append("</a></li>\n");
        }
        sb.append("</ul></nav>\n<h1>Page ").append(i).append("</h1>\n<img src=\"/img/").append(i).append(".png\" $ALT>\n");
        sb.append("<form method=\"post\">\n<label for=\"name").append(i).append("\">Name</label><input id=\"name").append(i)
                .append("\" type=\"text\" autocomplete=\"name\">\n<input type=\"text\" name=\"note\" placeholder=\"Note\">\n")
                .append("<select name=\"grade\"><option>1</option></select>\n<button type=\"submit\">Save</button></form>\n");
        sb.append("<table><tr><th>Pupil</th><th>Score</th></tr>\n");
        for (int k = 0; k < 20; k++) {
            sb.append("<tr><td>Pupil ").append(k).append("</td><td>").append(k * 3).append("</td></tr>\n");
        }
        sb.append("</table>\n<video controls src=\"/v.mp4\"><track kind=\"captions\" src=\"/v.vtt\"><track kind=\"descriptions\" src=\"/d.vtt\"></video>\n");
        return sb.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
