// Mirrors the public javadoc of com.atlassian.jira.bc.issue.IssueService (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    /** Checks the user may create this issue and that its fields are valid; nothing is created yet. */
    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    class CreateValidationResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("declaration only");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("declaration only");
        }
    }

    class IssueResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("declaration only");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("declaration only");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
