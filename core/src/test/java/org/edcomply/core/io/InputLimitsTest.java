package org.edcomply.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.edcomply.core.model.AnalysisProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader does with files that are not UTF-8 text: each a clear problem of the right kind. */
class InputLimitsTest {

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @TempDir
    Path dir;

    @Test
    void anImageUnderATextNameIsBinary() throws Exception {
        InputException e = read("logo.html", PNG);
        assertEquals(AnalysisProblem.BINARY_FILE, e.kind());
        assertEquals("the file holds a PNG image, not text, so it was not read", e.problem());
        assertEquals(new AnalysisProblem(e.location(), AnalysisProblem.BINARY_FILE,
                "the file holds a PNG image, not text, so it was not read"), e.asFact("template could not be read: "));
    }

    @Test
    void nulBytesInWhatIsNotUtf8AreBinary() throws Exception {
        InputException e = read("V2__seed.sql", new byte[] {'I', 'N', 'S', 0, 0, (byte) 0xC3, 0x28, 0, 1, 2});
        assertEquals(AnalysisProblem.BINARY_FILE, e.kind());
        assertEquals("the file holds binary data, not text, so it was not read", e.problem());
    }

    @Test
    void aStrayNulInUtf8TextKeepsItText() throws Exception {
        // a NUL must not turn a file EdComply checks into one it skips
        Path file = dir.resolve("application.properties");
        Files.write(file, "spring.datasource.password=hunter2\n\0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("spring.datasource.password=hunter2\n\0\n", InputLimits.readText(file, "application.properties"));
    }

    @Test
    void otherEncodingsAreUnreadableNotBinary() throws Exception {
        InputException utf16 = read("application.properties", "\uFEFFa=1\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(AnalysisProblem.UNPARSABLE, utf16.kind());
        assertEquals("expected UTF-8 text; the file is UTF-16 (it starts with its byte order mark)", utf16.problem());
        assertEquals("configuration could not be read: expected UTF-8 text; the file is UTF-16 (it starts with its byte order mark)",
                utf16.asFact("configuration could not be read: ").detail());

        InputException latin1 = read("messages.properties", "caf\u00e9=1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(AnalysisProblem.UNPARSABLE, latin1.kind());
        assertEquals("expected UTF-8 text; the file holds bytes that are not UTF-8", latin1.problem());
    }

    @Test
    void aFileOverTheCapIsUnreadableWithItsSize() throws Exception {
        byte[] big = new byte[(int) InputLimits.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        InputException e = read("huge.sql", big);
        assertEquals(AnalysisProblem.UNPARSABLE, e.kind());
        assertEquals("file is 5242881 bytes; EdComply reads files up to 5242880 bytes", e.problem());
    }

    @Test
    void aUtf8CharacterCutByTheSniffWindowIsStillText() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < InputLimits.SNIFF_BYTES + 10) {
            text.append("\0\u00e9"); // three bytes a unit: the 8192-byte window ends between the two bytes of an é
        }
        Path file = dir.resolve("notes.sql");
        Files.writeString(file, text);
        assertEquals(text.toString(), InputLimits.readText(file, "notes.sql"));
    }

    private InputException read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertThrows(InputException.class, () -> InputLimits.readText(file, name));
    }
}
