package org.edcomply.core.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import org.edcomply.core.model.Location;

/** Reads text files with a size cap, so that a huge or hostile file is reported, not swallowed. */
public final class InputLimits {

    /** Files above this size are reported instead of parsed. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private InputLimits() {
    }

    /**
     * Reads a UTF-8 text file.
     *
     * @param display how the file is named in messages (relative to the project root)
     * @throws InputException if the file is too large, unreadable or not UTF-8 text
     */
    public static String readText(Path file, String display) {
        Location where = Location.ofFile(display);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InputException(where, "file is " + size + " bytes; EdComply reads files up to "
                        + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(where, "expected UTF-8 text; the file holds bytes that are not UTF-8");
        } catch (IOException e) {
            throw new InputException(where, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
