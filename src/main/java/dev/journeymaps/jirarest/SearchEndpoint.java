package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One page of a JQL search; {@code cursor} is null for the first page, and null in the answer after the last. */
interface SearchEndpoint {

    Page page(String jql, List<String> fields, int maxResults, String cursor, Lookup lookup);

    /**
     * What the search is for. {@code byIds}: a lookup of issues by id ({@code id in (…)}), where an id the user cannot
     * see must not fail the whole search (Data Center: {@code validateQuery: false}). {@code reconcile}: issues just
     * created, which Cloud's eventually consistent search is asked to include ({@code reconcileIssues}).
     */
    record Lookup(boolean byIds, List<Long> reconcile) {
        static final Lookup PICKER = new Lookup(false, List.of());

        public Lookup {
            reconcile = List.copyOf(reconcile);
        }
    }

    record Page(List<JsonNode> issues, String nextCursor) {
        public Page {
            issues = List.copyOf(issues);
        }
    }

    static SearchEndpoint forDeployment(Deployment deployment, JiraHttp http) {
        return deployment == Deployment.CLOUD ? new CloudSearch(http) : new DataCenterSearch(http);
    }
}
