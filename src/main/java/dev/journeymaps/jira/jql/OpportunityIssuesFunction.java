package dev.journeymaps.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import dev.journeymaps.app.work.IssueSets;

/** {@code issue in opportunityIssues("KEY"[, "map"[, "stage"]])}: the issues linked to opportunities. */
public class OpportunityIssuesFunction extends LinkedIssuesFunction {
    public OpportunityIssuesFunction(IssueSets sets, IssueManager issueManager, PermissionManager permissionManager) {
        super(sets, issueManager, permissionManager, IssueSets.Kind.OPPORTUNITIES, "opportunityIssues");
    }
}
