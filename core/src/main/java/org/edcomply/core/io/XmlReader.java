package org.edcomply.core.io;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.edcomply.core.model.Location;

/**
 * Reads configuration XML safely and precisely: the DOCTYPE is blanked out before parsing (it is
 * never fetched or read, and an entity it would declare is reported as undeclared, so neither XXE
 * nor entity expansion is possible), the JDK's StAX parser runs with DTDs and external entities
 * switched off all the same, nesting and element count are capped, and the position of every
 * element, attribute and text is kept.
 *
 * <p>StAX reports where an event ends; a start tag begins at the last {@code <} before that, because
 * {@code <} cannot occur inside a tag. Its line and column are used, not its character offset,
 * which drifts after a DOCTYPE.
 */
public final class XmlReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 200_000;
    private static final Pattern STAX_PREFIX = Pattern.compile("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*");

    private XmlReader() {
    }

    /**
     * Reads one XML document.
     *
     * @throws InputException at the position of the first problem
     */
    public static XmlElement read(String source, String file) {
        LineIndex lines = new LineIndex(source, file);
        String text = withoutDoctype(source, lines);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            int elements = 0;
            int lastEnd = 0; // where the previous markup ended: exact for tags and comments, not for text
            while (reader.hasNext()) {
                int event = reader.next();
                boolean isText = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE;
                int textStart = lastEnd;
                if (!isText) {
                    lastEnd = Math.max(lastEnd, end(reader, lines));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++elements > MAX_ELEMENTS) {
                        throw new InputException(Location.ofFile(file), "more than " + MAX_ELEMENTS + " elements");
                    }
                    int end = end(reader, lines);
                    int start = Math.max(0, text.lastIndexOf('<', Math.max(0, end - 1)));
                    Builder b = new Builder(reader.getLocalName(), lines.at(start), lines.at(Math.min(end, text.length())));
                    String tag = text.substring(start, Math.min(Math.max(end, start), text.length()));
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String name = reader.getAttributeLocalName(i);
                        b.attributes.put(name, reader.getAttributeValue(i));
                        b.attributeLocations.put(name, attributeAt(tag, reader.getAttributePrefix(i), name, start, lines, b.location));
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new InputException(b.location, "nested deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(b);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    Builder b = open.peek();
                    if (b != null && !reader.isWhiteSpace()) {
                        String chunk = reader.getText();
                        if (b.text.length() == 0) {
                            int lead = 0;
                            while (lead < chunk.length() && Character.isWhitespace(chunk.charAt(lead))) {
                                lead++;
                            }
                            int offset = textStart + lead;
                            if (offset >= 0 && offset < text.length()) {
                                b.textLocation = lines.at(offset);
                            }
                        }
                        b.text.append(chunk);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
            }
            if (root == null) {
                throw new InputException(Location.ofFile(file), "not valid XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            Location where = at == null || at.getLineNumber() < 1 ? Location.ofFile(file)
                    : new Location(file, at.getLineNumber(), Math.max(at.getColumnNumber(), 0));
            String message = e.getMessage() == null ? "syntax error" : STAX_PREFIX.matcher(e.getMessage()).replaceFirst("");
            throw new InputException(where, "not valid XML: " + message.trim());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened outside the string
                }
            }
        }
    }

    /**
     * The text with its DOCTYPE declaration replaced by blanks (line breaks kept, so positions do not
     * move). Blanking it, rather than leaving it to the parser, also spares the JDK parser a DTD it
     * would otherwise half-read: on an unterminated internal subset it prints to the console.
     */
    static String withoutDoctype(String text, LineIndex lines) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return text;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return text;
                }
                i = end + 3;
            } else if (text.startsWith("<!DOCTYPE", i)) {
                int end = doctypeEnd(text, i);
                if (end < 0) {
                    throw new InputException(lines.at(i), "not valid XML: the DOCTYPE declaration is never closed");
                }
                StringBuilder blanked = new StringBuilder(text);
                for (int k = i; k < end; k++) {
                    char c = blanked.charAt(k);
                    if (c != '\n' && c != '\r') {
                        blanked.setCharAt(k, ' ');
                    }
                }
                return blanked.toString();
            } else {
                return text;
            }
        }
        return text;
    }

    /** The offset after the {@code >} that closes the DOCTYPE starting at {@code start}, or -1. */
    private static int doctypeEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int k = start + 2; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (text.startsWith("<!--", k)) {
                int end = text.indexOf("-->", k + 4);
                if (end < 0) {
                    return -1;
                }
                k = end + 2;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Where the current event ends, as an offset into the text. */
    private static int end(XMLStreamReader reader, LineIndex lines) {
        javax.xml.stream.Location at = reader.getLocation();
        return at.getLineNumber() < 1 ? 0 : lines.offset(at.getLineNumber(), at.getColumnNumber());
    }

    private static Location attributeAt(String tag, String prefix, String name, int tagStart, LineIndex lines,
                                        Location fallback) {
        String qualified = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
        Matcher m = Pattern.compile("\\s" + Pattern.quote(qualified) + "\\s*=").matcher(tag);
        return m.find() ? lines.at(tagStart + m.start() + 1) : fallback;
    }

    private static final class Builder {
        final String name;
        final Location location;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Location> attributeLocations = new LinkedHashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();
        Location textLocation;

        Builder(String name, Location location, Location tagEnd) {
            this.name = name;
            this.location = location;
            this.textLocation = tagEnd;
        }

        XmlElement build() {
            return new XmlElement(name, location, attributes, attributeLocations, text.toString().trim(),
                    textLocation, children);
        }
    }
}
