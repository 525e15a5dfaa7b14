// Mirrors the public javadoc of com.atlassian.jira.datetime.DateTimeFormatter (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeFormatter.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.datetime;

import java.util.Date;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeFormatter.html (Jira 11.0.0)
public interface DateTimeFormatter {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeFormatter.html#forLoggedInUser() (Jira 11.0.0)
    DateTimeFormatter forLoggedInUser();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeFormatter.html#withStyle(com.atlassian.jira.datetime.DateTimeStyle) (Jira 11.0.0)
    DateTimeFormatter withStyle(DateTimeStyle style);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/datetime/DateTimeFormatter.html#format(java.util.Date) (Jira 11.0.0)
    String format(Date date);
}
