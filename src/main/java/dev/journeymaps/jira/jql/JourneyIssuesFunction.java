package dev.journeymaps.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import dev.journeymaps.app.work.IssueSets;

/** {@code issue in journeyIssues("KEY"[, "map"[, "stage"]])}: the issues linked to pain points and opportunities. */
public class JourneyIssuesFunction extends LinkedIssuesFunction {
    public JourneyIssuesFunction(IssueSets sets, IssueManager issueManager, PermissionManager permissionManager) {
        super(sets, issueManager, permissionManager, IssueSets.Kind.JOURNEY, "journeyIssues");
    }
}
