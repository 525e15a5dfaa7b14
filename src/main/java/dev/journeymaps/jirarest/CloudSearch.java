package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Cloud: the enhanced search {@code POST /rest/api/3/search/jql}, paged by {@code nextPageToken}
 * (the old {@code /search} answers 410 Gone there). It rejects unknown properties such as
 * {@code startAt}, so the body carries only documented ones.
 */
final class CloudSearch implements SearchEndpoint {
    static final String PATH = "/rest/api/3/search/jql";

    private final JiraHttp http;

    CloudSearch(JiraHttp http) {
        this.http = http;
    }

    @Override
    public Page page(String jql, List<String> fields, int maxResults, String cursor, Lookup lookup) {
        ObjectNode body = http.json().createObjectNode()
                .put("jql", jql)
                .put("maxResults", maxResults);
        fields.forEach(body.putArray("fields")::add);
        if (cursor != null) {
            body.put("nextPageToken", cursor);
        }
        if (!lookup.reconcile().isEmpty()) {
            lookup.reconcile().forEach(body.putArray("reconcileIssues")::add);
        }
        JsonNode answer = http.post(PATH, body);

        List<JsonNode> issues = new ArrayList<>();
        answer.path("issues").forEach(issues::add);
        String token = answer.path("nextPageToken").textValue();
        boolean last = answer.path("isLast").asBoolean(false) || token == null || token.isEmpty();
        return new Page(issues, last ? null : token);
    }
}
