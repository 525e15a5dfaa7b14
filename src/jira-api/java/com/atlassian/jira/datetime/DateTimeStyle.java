// Mirrors the public javadoc of com.atlassian.jira.datetime.DateTimeStyle (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeStyle.html
// Declares only the constants Journey Maps uses; never packaged (Jira provides the real type).
package com.atlassian.jira.datetime;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeStyle.html (Jira 11.0.0)
public enum DateTimeStyle {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeStyle.html#COMPLETE (Jira 11.0.0)
    COMPLETE,
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeStyle.html#DATE (Jira 11.0.0)
    DATE
}
