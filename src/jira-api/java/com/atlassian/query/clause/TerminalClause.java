// Mirrors the public javadoc of com.atlassian.query.clause.TerminalClause (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/clause/TerminalClause.html
// Declared as a type only (we call none of its members); never packaged (Jira provides the real type).
package com.atlassian.query.clause;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/clause/TerminalClause.html (Jira 11.0.0)
public interface TerminalClause {
}
