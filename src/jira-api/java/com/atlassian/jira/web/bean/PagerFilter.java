// Mirrors the public javadoc of com.atlassian.jira.web.bean.PagerFilter (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.web.bean;

/** Which slice of the results a search returns: from {@code start}, at most {@code max}. */
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html (Jira 11.0.0)
public class PagerFilter<T> {
    private final int start;
    private final int max;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html#%3Cinit%3E(int,int) (Jira 11.0.0)
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html#getStart() (Jira 11.0.0)
    public int getStart() {
        return start;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/web/bean/PagerFilter.html#getMax() (Jira 11.0.0)
    public int getMax() {
        return max;
    }
}
