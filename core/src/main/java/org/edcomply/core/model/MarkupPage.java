package org.edcomply.core.model;

/**
 * A template that renders a whole HTML document, with what its own markup and the layouts and
 * head fragments it uses (resolved transitively) say about the document: a {@code <title>} or
 * {@code lang} in a shared layout counts for every page that uses it. Fragments and layouts used by
 * other templates are not pages of their own.
 *
 * @param location          the page's {@code <html>} start tag, or where it pulls in the layout
 * @param title             the static text of the document's title, {@code null} when there is none
 * @param titleDynamic      template code writes (part of) the title
 * @param lang              the static {@code lang} of the {@code <html>} element, {@code null} when absent
 * @param langDynamic       template code writes the {@code lang}
 * @param langLocation      where the {@code lang} attribute is written (or the page location)
 * @param layoutUnresolved  the page uses a layout or head fragment EdComply could not find (a computed
 *                          name, a library jar); what it may provide is unknown
 */
public record MarkupPage(
        Location location,
        String file,
        String title,
        boolean titleDynamic,
        String lang,
        boolean langDynamic,
        Location langLocation,
        boolean layoutUnresolved) {

    public boolean hasTitle() {
        return titleDynamic || (title != null && !title.isBlank());
    }

    public boolean hasLang() {
        return langDynamic || (lang != null && !lang.isBlank());
    }

    /** The static lang is a well-formed BCP 47 tag with a known language. */
    public boolean isLangValid() {
        return langDynamic || LanguageTags.isValid(lang);
    }
}
