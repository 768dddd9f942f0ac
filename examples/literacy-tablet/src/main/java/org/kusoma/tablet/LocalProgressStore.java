package org.kusoma.tablet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps progress on the tablet, one line per attempt, until the next sync. */
public class LocalProgressStore {

    private final Path folder;

    public LocalProgressStore(Path folder) {
        this.folder = folder;
    }

    public void save(ReadingAttempt attempt) throws IOException {
        Files.createDirectories(folder);
        String line = attempt.seat() + "\t" + attempt.book() + "\t" + attempt.recordingFile() + "\t"
                + attempt.wordsCorrectPerMinute() + "\n";
        Files.writeString(folder.resolve("progress.tsv"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
