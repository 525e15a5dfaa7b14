// Mirrors the public javadoc of com.atlassian.jira.JiraDataType (jira-api 11): https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/JiraDataType.html
// Declared as a type only (we call none of its members); never packaged (Jira provides the real type).
package com.atlassian.jira;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/JiraDataType.html (Jira 11.0.0)
public interface JiraDataType {
}
