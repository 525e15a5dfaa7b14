package dev.journeymaps.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;

import java.time.Instant;

/** Reads Jira's issue objects into snapshots. */
final class JiraIssues {
    private JiraIssues() {
    }

    static IssueSnapshot snapshot(Issue issue, Instant now, Progress children) {
        ApplicationUser assignee = issue.getAssignee();
        return new IssueSnapshot(issue.getId(), issue.getKey(), issue.getSummary(),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                issue.getStatus() == null ? "" : issue.getStatus().getName(),
                category(issue), assignee == null ? "" : assignee.getDisplayName(), now, children);
    }

    static StatusCategory category(Issue issue) {
        return issue.getStatus() == null || issue.getStatus().getStatusCategory() == null ? StatusCategory.UNKNOWN
                : StatusCategory.fromJiraKey(issue.getStatus().getStatusCategory().getKey());
    }

    static boolean isEpic(Issue issue) {
        return issue.getIssueType() != null && IssueSnapshot.EPIC.equalsIgnoreCase(issue.getIssueType().getName());
    }
}
