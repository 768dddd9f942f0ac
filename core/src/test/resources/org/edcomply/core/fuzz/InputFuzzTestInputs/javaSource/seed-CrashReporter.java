package edu.readalong;

import io.sentry.Sentry;

/** Sends scoring failures to Sentry, with the child's name to make them easier to find. */
public class CrashReporter {

    public void scoringFailed(Learner learner, Exception cause) {
        Sentry.captureMessage("scoring failed for " + learner.getFirstName() + ": " + cause.getMessage());
    }
}
