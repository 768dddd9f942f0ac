package org.edcomply.core.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.edcomply.core.model.Requirement;

/**
 * What the findings of a run are a function of: the engine, the rules' content, the requirements
 * (with their parameters, after overlays) and every fact the rules see, in canonical form. Two
 * runs with the same key give the same findings, so the second can take the first's.
 */
public final class FindingsKey {

    private FindingsKey() {
    }

    public static String of(String engine, List<String> ruleHashes, List<Requirement> requirements, List<Object> facts) {
        MessageDigest digest = EngineFingerprint.sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            out.write((engine + "\n" + String.join(",", ruleHashes) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            FactCodec.mapper().writeValue(new NonClosing(out), new Inputs(requirements, facts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Requirements and facts, serialised together. */
    private record Inputs(List<Requirement> requirements, List<Object> facts) {
    }

    /** Jackson closes the stream it writes to; the digest is read after. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
