package edu.readalong;

import java.time.Duration;
import java.time.Instant;

/** One reading-aloud session: which book, how long, how many words were read correctly. */
public record ReadingSession(Long learnerId, String bookId, Instant startedAt, Duration length,
                             int wordsCorrect, int wordsAttempted) {

    public double accuracy() {
        return wordsAttempted == 0 ? 0 : (double) wordsCorrect / wordsAttempted;
    }
}
