package org.edcomply.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes reports into a folder with {@link AtomicFiles} again and again, alternating two complete
 * renderings of every format, until it is killed. The renderings are read from disk once, so that
 * the time goes into writing and a kill lands while a report is being written. Prints {@code ready}
 * before the first write.
 *
 * <p>Arguments: the report folder, then one folder per rendering holding a file per format.
 */
public final class ReportWriterLoop {

    private ReportWriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Map<ReportFormat, byte[]>> renderings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Map<ReportFormat, byte[]> rendering = new EnumMap<>(ReportFormat.class);
            for (ReportFormat f : ReportFormat.values()) {
                rendering.put(f, Files.readAllBytes(Path.of(args[i]).resolve(f.fileName())));
            }
            renderings.add(rendering);
        }
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            for (Map.Entry<ReportFormat, byte[]> e : renderings.get(i % renderings.size()).entrySet()) {
                AtomicFiles.write(dir.resolve(e.getKey().fileName()), e.getValue());
            }
        }
    }
}
