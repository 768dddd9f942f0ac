package org.edcomply.core.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.edcomply.core.model.Finding;

/**
 * The incremental cache of one module, one file in its build directory: what each input file
 * yielded, keyed by the kind of scan, the file's path and the SHA-256 of its content; and the
 * findings of the last run, keyed by a digest of everything the rules saw (facts, requirements,
 * rule content). Everything is also keyed by the engine ({@link EngineFingerprint}): another
 * EdComply, or another build of it, starts from nothing.
 *
 * <p>A cache that cannot be read (truncated, edited, its checksum wrong, a value that no longer
 * fits a fact) is never trusted: the run starts cold and says why in {@link #note()}. Only what a
 * run used is written back, so entries of deleted and renamed files disappear. The file is written
 * to a temporary name and moved into place, so a reader never sees half of it.
 */
public final class ScanCache {

    public static final String FILE_NAME = "scan-cache.json";
    static final String MAGIC = "EDCOMPLY-CACHE";
    static final int FORMAT = 1;

    /** One file's scan result. */
    record Entry(String kind, String path, String hash, Object value) {
    }

    /** The findings of the last run and what they were computed from. */
    record Findings(String key, List<Finding> list) {
    }

    /** The body of the cache file. */
    record Content(List<Entry> entries, Findings findings) {
    }

    private final Path file;
    private final String engine;
    private final Map<String, Entry> previous;
    private final Findings previousFindings;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private volatile Findings findings;
    private final String note;

    private ScanCache(Path file, String engine, Map<String, Entry> previous, Findings previousFindings, String note) {
        this.file = file;
        this.engine = engine;
        this.previous = previous;
        this.previousFindings = previousFindings;
        this.note = note;
    }

    /** No cache: every lookup misses and nothing is written. */
    public static ScanCache none() {
        return new ScanCache(null, "", Map.of(), null, "");
    }

    /** Opens the cache in {@code directory}; an unreadable one is dropped, never an error. */
    public static ScanCache open(Path directory, String engine) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new ScanCache(file, engine, Map.of(), null, "");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int newline = indexOf(bytes, (byte) '\n');
            String[] header = newline < 0 ? new String[0]
                    : new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
            if (header.length != 5 || !header[0].equals(MAGIC)) {
                return corrupt(file, engine, "it has no valid header");
            }
            if (!header[1].equals(String.valueOf(FORMAT)) || !header[2].equals(engine)) {
                return new ScanCache(file, engine, Map.of(), null, "made by another EdComply build; rebuilt");
            }
            int length = bytes.length - newline - 1;
            CRC32C crc = new CRC32C();
            crc.update(bytes, newline + 1, length);
            if (!header[3].equals(String.valueOf(length)) || !header[4].equals(Long.toHexString(crc.getValue()))) {
                return corrupt(file, engine, "its checksum does not match (truncated or edited)");
            }
            Content content = FactCodec.mapper().readValue(bytes, newline + 1, length, Content.class);
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            for (Entry e : content.entries()) {
                if (e.kind() == null || e.path() == null || e.hash() == null || e.value() == null) {
                    return corrupt(file, engine, "an entry is incomplete");
                }
                entries.put(key(e.kind(), e.path()), e);
            }
            return new ScanCache(file, engine, entries, content.findings(), "");
        } catch (IOException | RuntimeException e) {
            return corrupt(file, engine, "it cannot be read (" + firstLine(e) + ")");
        }
    }

    private static ScanCache corrupt(Path file, String engine, String why) {
        return new ScanCache(file, engine, Map.of(), null, "the incremental cache " + file.getFileName()
                + " was not used because " + why + "; it is rebuilt");
    }

    /** Why the cache was dropped, or empty. */
    public String note() {
        return note;
    }

    /** True when there is a cache from an earlier run to read from. */
    public boolean hasPrevious() {
        return !previous.isEmpty() || previousFindings != null;
    }

    /**
     * What an earlier run cached for this file with this content, or null.
     *
     * @param kind which scan, including what else its result depends on (e.g. the Java level)
     */
    public <T> T get(String kind, String path, String hash, Class<T> type) {
        if (hash == null) {
            return null;
        }
        Entry e = previous.get(key(kind, path));
        if (e == null || !e.hash().equals(hash) || !type.isInstance(e.value())) {
            return null;
        }
        used.put(key(kind, path), e);
        return type.cast(e.value());
    }

    /** Remembers a file's scan result for the next run. */
    public void put(String kind, String path, String hash, Object value) {
        if (file != null && hash != null) {
            used.put(key(kind, path), new Entry(kind, path, hash, value));
        }
    }

    /** The findings of the last run if they were computed from exactly what {@code key} digests, or null. */
    public List<Finding> findings(String key) {
        Findings f = previousFindings;
        if (f == null || !f.key().equals(key)) {
            return null;
        }
        findings = f; // used, so kept for the next run like the file entries this run used
        return f.list();
    }

    public void putFindings(String key, List<Finding> list) {
        findings = new Findings(key, List.copyOf(list));
    }

    /** Writes what this run used; a cache that cannot be written only costs the next run time. */
    public String save() {
        if (file == null) {
            return "";
        }
        try {
            List<Entry> entries = new ArrayList<>(new TreeMap<>(used).values());
            byte[] body = FactCodec.mapper().writeValueAsBytes(new Content(entries, findings));
            CRC32C crc = new CRC32C();
            crc.update(body);
            byte[] header = (MAGIC + " " + FORMAT + " " + engine + " " + body.length + " "
                    + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (var out = Files.newOutputStream(tmp)) {
                    out.write(header);
                    out.write(body);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return "the incremental cache could not be written (" + firstLine(e) + ")";
        }
    }

    private static String key(String kind, String path) {
        return kind + "\n" + path;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
