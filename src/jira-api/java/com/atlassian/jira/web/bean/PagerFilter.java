// Mirrors the public javadoc of com.atlassian.jira.web.bean.PagerFilter (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.web.bean;

/** Which slice of the results a search returns: from {@code start}, at most {@code max}. */
public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
