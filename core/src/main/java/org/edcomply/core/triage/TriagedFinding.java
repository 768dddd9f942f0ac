package org.edcomply.core.triage;

import java.util.Objects;
import org.edcomply.core.model.Finding;

/**
 * A finding with what the gate knows about it: its content fingerprint, its source excerpt, and
 * whether it is active, accepted in the baseline or suppressed.
 *
 * @param module      the module's folder relative to the reactor root, {@code ""} for a single project
 * @param fingerprint stable across line moves: requirement + file + subject + normalised source line
 * @param occurrence  1 for the first finding with this fingerprint, 2 for the next, ...
 * @param suppression the suppression that applies, when {@code status} is SUPPRESSED
 */
public record TriagedFinding(Finding finding, String module, String fingerprint, int occurrence, Excerpt excerpt,
                             Status status, Suppression suppression) {

    /** What the finding means for the gate. */
    public enum Status {
        /** Counts: no suppression applies and it is not in the baseline (or no baseline is used). */
        ACTIVE,
        /** Known: recorded in the baseline, so it does not fail the build. */
        BASELINE,
        /** Accepted by a suppression with a reason; shown, never counted. */
        SUPPRESSED;

        public String lowerCase() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TriagedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(status, "status");
        module = module == null ? "" : module;
        excerpt = excerpt == null ? Excerpt.NONE : excerpt;
    }

    /** The file relative to the reactor root: what CI services (GitHub, GitLab) resolve. */
    public String path() {
        return module.isEmpty() ? finding.location().file() : module + "/" + finding.location().file();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    TriagedFinding with(Status newStatus, Suppression by) {
        return new TriagedFinding(finding, module, fingerprint, occurrence, excerpt, newStatus, by);
    }
}
