package dev.journeymaps.domain.work;

import dev.journeymaps.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * What we last saw of a Jira issue, and when. The id is the issue's identity (keys change when an
 * issue moves to another project); the key is for display. {@code children} is the done/total of an
 * epic's child issues ({@link Progress#NONE} for any other issue, or an epic without children).
 */
public record IssueSnapshot(long id, String key, String summary, String issueType, String statusName,
                            StatusCategory statusCategory, String assignee, Instant fetchedAt, Progress children) {

    /** The issue type name Jira gives epics, on Cloud and Data Center alike. */
    public static final String EPIC = "Epic";

    public IssueSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        summary = Text.orEmpty(summary);
        issueType = Text.orEmpty(issueType);
        statusName = Text.orEmpty(statusName);
        statusCategory = statusCategory == null ? StatusCategory.UNKNOWN : statusCategory;
        assignee = Text.orEmpty(assignee);
        children = children == null ? Progress.NONE : children;
    }

    /** An issue without children (or whose children we did not ask about). */
    public IssueSnapshot(long id, String key, String summary, String issueType, String statusName,
                         StatusCategory statusCategory, String assignee, Instant fetchedAt) {
        this(id, key, summary, issueType, statusName, statusCategory, assignee, fetchedAt, Progress.NONE);
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }

    public boolean isAssigned() {
        return !assignee.isEmpty();
    }

    public boolean isEpic() {
        return EPIC.equalsIgnoreCase(issueType);
    }

    public IssueSnapshot withChildren(Progress progress) {
        return new IssueSnapshot(id, key, summary, issueType, statusName, statusCategory, assignee, fetchedAt, progress);
    }

    /**
     * The work this issue stands for: an epic with children counts its children (3 of 8 done is 3/8);
     * any other issue, or an epic without children, counts itself: 1/1 when done, 0/1 otherwise.
     */
    public Progress progress() {
        if (children.total() > 0) {
            return children;
        }
        return isDone() ? new Progress(1, 1) : new Progress(0, 1);
    }

    /**
     * Where the work stands, children included: done only when the issue itself is done; in progress when
     * its status says so or some of its children are done; to do otherwise (unknown statuses count as to do).
     */
    public StatusCategory workCategory() {
        if (isDone()) {
            return StatusCategory.DONE;
        }
        if (statusCategory == StatusCategory.IN_PROGRESS || children.isStarted()) {
            return StatusCategory.IN_PROGRESS;
        }
        return StatusCategory.TO_DO;
    }
}
