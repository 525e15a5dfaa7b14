package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One page of a JQL search; {@code cursor} is null for the first page, and null in the answer after the last. */
interface SearchEndpoint {

    Page page(String jql, List<String> fields, int maxResults, String cursor);

    record Page(List<JsonNode> issues, String nextCursor) {
        public Page {
            issues = List.copyOf(issues);
        }
    }

    static SearchEndpoint forDeployment(Deployment deployment, JiraHttp http) {
        return deployment == Deployment.CLOUD ? new CloudSearch(http) : new DataCenterSearch(http);
    }
}
