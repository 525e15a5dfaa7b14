package dev.journeymaps.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import dev.journeymaps.app.work.IssueSets;

/** {@code issue in painPointIssues("KEY"[, "map"[, "stage"]])}: the issues linked to pain points. */
public class PainPointIssuesFunction extends LinkedIssuesFunction {
    public PainPointIssuesFunction(IssueSets sets, IssueManager issueManager, PermissionManager permissionManager) {
        super(sets, issueManager, permissionManager, IssueSets.Kind.PAIN_POINTS, "painPointIssues");
    }
}
