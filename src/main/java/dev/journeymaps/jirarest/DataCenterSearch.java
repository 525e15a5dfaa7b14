package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Data Center: {@code POST /rest/api/2/search}, paged by {@code startAt} against {@code total}; lookups by id send
 * {@code validateQuery: false}, so ids the user cannot see are left out instead of failing the search.
 */
final class DataCenterSearch implements SearchEndpoint {
    static final String PATH = "/rest/api/2/search";

    private final JiraHttp http;

    DataCenterSearch(JiraHttp http) {
        this.http = http;
    }

    @Override
    public Page page(String jql, List<String> fields, int maxResults, String cursor, Lookup lookup) {
        int startAt = cursor == null ? 0 : Integer.parseInt(cursor);
        ObjectNode body = http.json().createObjectNode()
                .put("jql", jql)
                .put("startAt", startAt)
                .put("maxResults", maxResults);
        fields.forEach(body.putArray("fields")::add);
        if (lookup.byIds()) {
            // Otherwise one id the user may not see (or that was deleted) fails the whole search with 400.
            body.put("validateQuery", false);
        }
        JsonNode answer = http.post(PATH, body);

        List<JsonNode> issues = new ArrayList<>();
        answer.path("issues").forEach(issues::add);
        int next = answer.path("startAt").asInt(startAt) + issues.size();
        boolean more = !issues.isEmpty() && next < answer.path("total").asInt(0);
        return new Page(issues, more ? Integer.toString(next) : null);
    }
}
