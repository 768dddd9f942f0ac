package edu.readalong;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records sessions and tells the teacher who needs help. */
public class ReadingService {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingService.class);

    private final List<ReadingSession> sessions = new ArrayList<>();

    public void record(Learner learner, ReadingSession session) {
        sessions.add(session);
        LOG.info("session recorded for {} in grade {}", learner.getFirstName(), learner.getGradeLevel());
    }

    public void storeRecording(Learner learner, String uri) {
        learner.setLastRecordingUri(uri);
        LOG.debug("recording stored at {}", learner.getLastRecordingUri());
    }

    public List<ReadingSession> needingHelp(double threshold) {
        return sessions.stream().filter(s -> s.accuracy() < threshold).toList();
    }
}
