package org.edcomply.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes, read in a stream (a file over the size cap is hashed, not loaded). */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash, or null when the file cannot be read (the scanner then reports why). */
    public static String of(Path file) {
        MessageDigest digest = EngineFingerprint.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
