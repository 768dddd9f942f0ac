package org.edcomply.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropertiesReaderTest {

    private static String read(String text) {
        return PropertiesReader.read(text).stream()
                .map(e -> e.isSeparator() ? e.line() + " ---" : e.line() + ":" + e.column() + " " + e.key() + "=" + e.value())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void separatorsCommentsAndPositions() {
        assertEquals("""
                2:1 a=1
                3:3 b=two words
                4:1 c=3
                6:1 d=""".strip(), read("# comment\na=1\n  b : two words\nc 3\n! other comment\nd=\n"));
    }

    @Test
    void continuationLinesKeepTheFirstLine() {
        assertEquals("1:1 url=jdbc:postgresql://db/app?ssl=true\n3:1 next=x",
                read("url=jdbc:postgresql://db/app\\\n    ?ssl=true\nnext=x"));
    }

    @Test
    void escapes() {
        assertEquals("1:1 key with space=caf\u00e9\tend", read("key\\ with\\ space=caf\\u00e9\\tend"));
    }

    @Test
    void springDocumentSeparators() {
        List<PropertiesReader.Entry> entries = PropertiesReader.read("a=1\n#---\nspring.config.activate.on-profile=prod\na=2\n");
        assertEquals(4, entries.size());
        assertEquals(true, entries.get(1).isSeparator());
        assertEquals(4, entries.get(3).line());
    }
}
