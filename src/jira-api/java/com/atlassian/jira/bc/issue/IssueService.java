// Mirrors the public javadoc of com.atlassian.jira.bc.issue.IssueService (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html (Jira 11.0.0)
public interface IssueService {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html#newIssueInputParameters() (Jira 11.0.0)
    IssueInputParameters newIssueInputParameters();

    /** Checks the user may create this issue and that its fields are valid; nothing is created yet. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html#validateCreate(com.atlassian.jira.user.ApplicationUser,com.atlassian.jira.issue.IssueInputParameters) (Jira 11.0.0)
    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.html#create(com.atlassian.jira.user.ApplicationUser,com.atlassian.jira.bc.issue.IssueService.CreateValidationResult) (Jira 11.0.0)
    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.CreateValidationResult.html (Jira 11.0.0)
    class CreateValidationResult {
        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.CreateValidationResult.html#isValid() (Jira 11.0.0)
        public boolean isValid() {
            throw new UnsupportedOperationException("declaration only");
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.CreateValidationResult.html#getErrorCollection() (Jira 11.0.0)
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("declaration only");
        }
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.IssueResult.html (Jira 11.0.0)
    class IssueResult {
        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.IssueResult.html#isValid() (Jira 11.0.0)
        public boolean isValid() {
            throw new UnsupportedOperationException("declaration only");
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.IssueResult.html#getErrorCollection() (Jira 11.0.0)
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("declaration only");
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/IssueService.IssueResult.html#getIssue() (Jira 11.0.0)
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
