// Mirrors the public javadoc of com.atlassian.jira.issue.CustomFieldManager (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/CustomFieldManager.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 11.0.0)
public interface CustomFieldManager {
    /** Every custom field with this name (names are not unique); empty when there is none. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/CustomFieldManager.html#getCustomFieldObjectsByName(java.lang.String) (Jira 11.0.0)
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
