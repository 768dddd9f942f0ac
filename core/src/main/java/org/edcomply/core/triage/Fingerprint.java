package org.edcomply.core.triage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.edcomply.core.model.Finding;

/**
 * A finding's identity that survives edits elsewhere in the file: the requirement, the file, the
 * line-independent subject and the finding's source line with whitespace normalised. Line numbers
 * are left out on purpose, so inserting a line above a finding keeps its baseline match and
 * suppressions.
 */
public final class Fingerprint {

    /** Hex characters kept from the SHA-256: 128 bits, far from collisions in any project. */
    static final int LENGTH = 32;

    private Fingerprint() {
    }

    public static String of(Finding finding, String normalisedLine) {
        String content = "edcomply/v1\0" + finding.requirementId() + "\0" + finding.location().file() + "\0"
                + finding.subject() + "\0" + normalisedLine;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
