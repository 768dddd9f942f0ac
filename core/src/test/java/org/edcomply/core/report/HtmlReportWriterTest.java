package org.edcomply.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: one file that loads nothing, with the summary, filters and every finding's details. */
class HtmlReportWriterTest {

    @TempDir
    Path project;

    private String html() {
        return new String(HtmlReportWriter.render(ReportFixture.build(project)), StandardCharsets.UTF_8);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void opensOfflineLoadingNothing() {
        String html = html();
        assertEquals(List.of(), all(Pattern.compile("(?i)\\bsrc\\s*=\\s*\"([^\"]*)\""), html), "no src attributes at all");
        assertFalse(html.contains("<link"), "no stylesheet or font links");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS loads");
        // the only absolute URLs are the citation links a reader may follow
        List<String> hrefs = all(Pattern.compile("href=\"([^\"]*)\""), html);
        assertEquals(List.of("https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9",
                "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312#p-312.8",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32"), hrefs);
        String withoutLinks = html.replaceAll("<a [^>]*>", "").replace("a[href^=\"https:\"]", "");
        assertFalse(withoutLinks.contains("http://") || withoutLinks.contains("https://"), "no other URL");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    @Test
    void summaryPerJurisdictionAndSeverityWithAChart() {
        String html = html();
        assertTrue(html.contains("<b>European Union - GDPR</b>"), html);
        assertTrue(html.contains("<b>United States - COPPA</b>"));
        assertEquals(3, all(Pattern.compile("<svg viewBox=\"0 0 480 18\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"([^\"]*)\""), html).size());
        assertTrue(html.contains("aria-label=\"European Union - GDPR: 3 findings\""), "GDPR: 2 x Art. 9 and Art. 32");
        assertTrue(html.contains("<rect class=\"high\" x=\"0\" y=\"2\" width=\"480\" height=\"14\"><title>HIGH: 3</title>"));
    }

    @Test
    void everyFindingWithCitationLinkExcerptFixAndStatus() {
        String html = html();
        List<String> articles = all(Pattern.compile("(<article class=\"finding[\\s\\S]*?</article>)"), html);
        assertEquals(5, articles.size());
        String face = articles.get(1);
        assertTrue(face.contains("data-severity=\"HIGH\" data-jurisdiction=\"eu-gdpr\" data-status=\"active\""), face);
        assertTrue(face.contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9\" rel=\"noopener noreferrer\">GDPR Art. 9(1)</a>"), face);
        assertTrue(face.contains("<span class=\"hit\"><i>7</i>    private byte[] faceTemplate;</span>"), face);
        assertTrue(face.contains("<dt>Fix</dt><dd>Annotate Learner.faceTemplate with @LegalBasis.</dd>"), face);
        assertTrue(face.contains("src/main/java/edu/readalong/Learner.java:7"), face);
        String suppressed = articles.get(2);
        assertTrue(suppressed.contains("Suppressed by @SuppressCompliance at src/main/java/edu/readalong/Learner.java:10: Nurse notes; DPIA-3, until 2099-12-31."), suppressed);
        assertTrue(articles.get(4).contains("recorded in the baseline"), articles.get(4));
    }

    @Test
    void everyValueIsEscaped() {
        String html = html();
        assertTrue(html.contains("Learner.faceTemplate is &lt;b&gt;BIOMETRIC&lt;/b&gt; data &amp; has no basis."), html);
        assertTrue(html.contains("<title>EdComply compliance report: ReadAlong &lt;K-12&gt;</title>"));
        assertFalse(html.contains("<b>BIOMETRIC</b>"));
    }

    @Test
    void secretsInExcerptsAreMasked() {
        String html = html();
        assertFalse(html.contains("hunter2"));
        assertTrue(html.contains("spring.datasource.password=********"), html);
    }

    @Test
    void filtersAndPrintStyles() {
        String html = html();
        for (String id : List.of("f-severity", "f-jurisdiction", "f-status", "f-text")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<section id=\"suppressions\">") && html.contains("<section id=\"fixed\">")
                && html.contains("<section id=\"inventory\">"));
        assertTrue(html.contains("0123456789abcdef0123456789abcdef"), "the fixed baseline entry is listed");
    }
}
