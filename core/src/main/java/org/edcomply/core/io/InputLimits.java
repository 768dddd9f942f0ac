package org.edcomply.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;

/**
 * Reads text files with a size cap and strict UTF-8 decoding, so that a huge or hostile file is
 * reported, not swallowed. A file that holds binary data (an image or archive under a text file's
 * name) is recognised and reported as such ({@link AnalysisProblem#BINARY_FILE}); text in another
 * encoding, or text with bytes that are not UTF-8, is unreadable ({@link AnalysisProblem#UNPARSABLE}).
 */
public final class InputLimits {

    /** Files above this size are reported instead of parsed. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** How much of a file is looked at to tell binary data from text (as git does). */
    static final int SNIFF_BYTES = 8192;

    private InputLimits() {
    }

    /**
     * Reads a UTF-8 text file.
     *
     * @param display how the file is named in messages (relative to the project root)
     * @throws InputException if the file is too large, unreadable, binary or not UTF-8 text
     */
    public static String readText(Path file, String display) {
        Location where = Location.ofFile(display);
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SNIFF_BYTES);
            }
            String otherEncoding = otherUnicodeEncoding(head);
            if (otherEncoding != null) {
                throw new InputException(where, "expected UTF-8 text; the file is " + otherEncoding
                        + " (it starts with its byte order mark)");
            }
            String binary = binaryKind(head);
            if (binary != null) {
                throw new InputException(where, AnalysisProblem.BINARY_FILE, "the file holds " + binary
                        + ", not text, so it was not read");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InputException(where, "file is " + size + " bytes; EdComply reads files up to "
                        + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) { // grew while being read
                throw new InputException(where, "file is over " + MAX_FILE_BYTES + " bytes; EdComply reads files up to "
                        + MAX_FILE_BYTES + " bytes");
            }
            String text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(where, "expected UTF-8 text; the file holds bytes that are not UTF-8");
        } catch (IOException e) {
            throw new InputException(where, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /**
     * What binary data the bytes start with, or null for text. A file is binary when it starts with
     * the signature of a well-known binary format, or when its start holds NUL bytes and is not
     * UTF-8. Text with a stray NUL stays text: it is parsed (and reported if it does not parse), so
     * that a NUL byte cannot turn a file EdComply must check into one it skips.
     */
    static String binaryKind(byte[] head) {
        String signature = signature(head);
        if (signature != null) {
            return signature;
        }
        boolean nul = false;
        for (byte b : head) {
            if (b == 0) {
                nul = true;
                break;
            }
        }
        return nul && !isUtf8Prefix(head) ? "binary data" : null;
    }

    private static String signature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a zip archive (zip, jar, docx ...)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a compiled Java class";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "an executable (ELF)";
        }
        return null;
    }

    /** A UTF-16 or UTF-32 byte order mark: text, but not in the encoding EdComply reads. */
    private static String otherUnicodeEncoding(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** True if the bytes are UTF-8, allowing a character cut off at the end. */
    private static boolean isUtf8Prefix(byte[] head) {
        CharsetDecoder decoder = strictUtf8();
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
        return !result.isError();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
