// Mirrors the public javadoc of com.atlassian.jira.issue.fields.CustomField (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/fields/CustomField.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.fields;

/** Only passed from CustomFieldManager to Issue#getCustomFieldValue, so no member is declared. */
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/fields/CustomField.html (Jira 11.0.0)
public interface CustomField {
}
