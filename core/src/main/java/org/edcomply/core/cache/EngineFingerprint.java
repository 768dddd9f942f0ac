package org.edcomply.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.edcomply.core.EdComply;

/**
 * Identifies the EdComply that produced a cache: its version and a hash of its code and data (the
 * core jar with the scanners and catalogues, the rules jar, the jurisdictions jar). A snapshot
 * rebuilt with the same version number is still a different engine, so nothing it cached is reused.
 * Computed once per class loader.
 */
public final class EngineFingerprint {

    /** One resource from each jar whose content decides what a run finds. */
    static final List<String> MARKERS = List.of("org/edcomply/core/EdComply.class",
            "META-INF/kie/org.edcomply/edcomply-rules/drools-model", "org/edcomply/jurisdictions/edcomply-tool.yaml");

    private static final Map<ClassLoader, String> CACHE = new ConcurrentHashMap<>();

    private EngineFingerprint() {
    }

    public static String of(ClassLoader loader) {
        return CACHE.computeIfAbsent(loader, EngineFingerprint::compute);
    }

    private static String compute(ClassLoader loader) {
        MessageDigest digest = sha256();
        Set<Path> roots = new LinkedHashSet<>();
        for (String marker : MARKERS) {
            URL url = loader.getResource(marker);
            if (url != null) {
                roots.add(root(url, marker));
            }
        }
        for (Path root : roots) {
            digest.update(root.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (Files.isDirectory(root)) {
                hashTree(root, digest);
            } else {
                hashFile(root, digest);
            }
        }
        return EdComply.version() + "/" + HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** The jar or class folder that holds {@code marker}. */
    private static Path root(URL url, String marker) {
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.getPath(); // file:/path/x.jar!/marker
                return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
            }
            Path file = Path.of(url.toURI());
            Path root = file;
            for (int i = 0; i < marker.split("/").length; i++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot locate " + url, e);
        }
    }

    private static void hashTree(Path root, MessageDigest digest) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                hashFile(p, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void hashFile(Path file, MessageDigest digest) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
