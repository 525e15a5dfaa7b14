// Mirrors the public javadoc of com.atlassian.jira.bc.user.search.UserSearchParams (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type). The bodies only make
// the declaration usable in tests; Jira's real class decides what the parameters do.
package com.atlassian.jira.bc.user.search;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.html (Jira 11.0.0)
public class UserSearchParams {
    private final Integer maxResults;

    private UserSearchParams(Integer maxResults) {
        this.maxResults = maxResults;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.html#builder() (Jira 11.0.0)
    public static Builder builder() {
        return new Builder();
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.html#getMaxResults() (Jira 11.0.0)
    /** The most users the search returns; null for no limit. */
    public Integer getMaxResults() {
        return maxResults;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html (Jira 11.0.0)
    public static class Builder {
        private Integer maxResults;

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html#allowEmptyQuery(boolean) (Jira 11.0.0)
        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            return this;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html#includeActive(boolean) (Jira 11.0.0)
        public Builder includeActive(boolean includeActive) {
            return this;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html#includeInactive(boolean) (Jira 11.0.0)
        public Builder includeInactive(boolean includeInactive) {
            return this;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html#maxResults(java.lang.Integer) (Jira 11.0.0)
        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.Builder.html#build() (Jira 11.0.0)
        public UserSearchParams build() {
            return new UserSearchParams(maxResults);
        }
    }
}
