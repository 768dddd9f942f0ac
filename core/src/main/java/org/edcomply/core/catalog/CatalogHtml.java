package org.edcomply.core.catalog;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The catalogue as one self-contained HTML page: the same Markdown rendered by CommonMark (with
 * tables), inline styles only, no scripts or fonts from elsewhere.
 */
public final class CatalogHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1b1b}
            table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;
            vertical-align:top;text-align:left}th{background:#f0f0f0}code{background:#f4f4f4;padding:0 .2rem}
            h2{margin-top:2.5rem;border-bottom:1px solid #ddd}@media print{a{color:inherit}h2{break-before:page}}
            """;

    private CatalogHtml() {
    }

    public static String render(String markdown, String title) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        // escapeHtml: jurisdiction texts are data; nothing in them may become markup
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        String body = renderer.render(parser.parse(markdown.replaceAll(" <a id=\"([a-z0-9-]+)\"></a>", "")));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + anchors(body) + "</body>\n</html>\n";
    }

    /** Gives each jurisdiction heading the id the tables link to ({@code ## Name} → its id in the text below). */
    private static String anchors(String html) {
        return html.replaceAll("<h2>(.*?)</h2>\\n<p>Id <code>([a-z0-9-]+)</code>", "<h2 id=\"$2\">$1</h2>\n<p>Id <code>$2</code>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
