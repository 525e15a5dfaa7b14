package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.app.IssueQuery;
import dev.journeymaps.app.IssueTrackerException;
import dev.journeymaps.domain.IssueSnapshot;
import dev.journeymaps.domain.Progress;
import dev.journeymaps.domain.StatusCategory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Done/total of epics' children, in one search per {@value #CHUNK} epics (paged), never one per epic.
 * <ul>
 *   <li>Cloud: {@code parent in (ids)}, reading each child's {@code parent.id} (Cloud replaced Epic Link by parent).</li>
 *   <li>Data Center: {@code "Epic Link" in (keys)}, reading Jira Software's Epic Link field, whose id is looked up
 *       once in {@code GET /rest/api/2/field} (schema {@value #EPIC_LINK_SCHEMA}); without it epics count as themselves.</li>
 * </ul>
 */
final class EpicProgress {
    static final int CHUNK = 100;
    static final String EPIC_LINK_SCHEMA = "com.pyxis.greenhopper.jira:gh-epic-link";
    private static final String NO_FIELD = "";

    private final JiraHttp http;
    private volatile String epicLinkField;

    EpicProgress(JiraHttp http) {
        this.http = http;
    }

    /** Progress by epic id; epics without children are absent. */
    Map<Long, Progress> of(List<IssueSnapshot> epics, Deployment deployment) {
        if (epics.isEmpty()) {
            return Map.of();
        }
        String field = deployment == Deployment.CLOUD ? "parent" : epicLinkField();
        if (field.equals(NO_FIELD)) {
            return Map.of();
        }
        Map<String, Long> epicIds = new HashMap<>();
        epics.forEach(epic -> {
            epicIds.put(Long.toString(epic.id()), epic.id());
            epicIds.put(epic.key(), epic.id());
        });
        SearchEndpoint endpoint = SearchEndpoint.forDeployment(deployment, http);
        Map<Long, int[]> counts = new HashMap<>();
        for (int from = 0; from < epics.size(); from += CHUNK) {
            List<IssueSnapshot> chunk = epics.subList(from, Math.min(epics.size(), from + CHUNK));
            String jql = deployment == Deployment.CLOUD
                    ? chunk.stream().map(epic -> Long.toString(epic.id())).collect(Collectors.joining(",", "parent in (", ")"))
                    : chunk.stream().map(IssueSnapshot::key).collect(Collectors.joining(", ", IssueQuery.quoted("Epic Link") + " in (", ")"));
            String cursor = null;
            do {
                SearchEndpoint.Page page = endpoint.page(jql, List.of("status", field), JiraRestClient.PAGE_SIZE, cursor);
                for (JsonNode child : page.issues()) {
                    Long epic = epicIds.get(epicOf(child.path("fields").path(field)));
                    if (epic != null) {
                        int[] count = counts.computeIfAbsent(epic, id -> new int[2]);
                        String category = child.path("fields").path("status").path("statusCategory").path("key").textValue();
                        count[0] += StatusCategory.fromJiraKey(category) == StatusCategory.DONE ? 1 : 0;
                        count[1]++;
                    }
                }
                cursor = page.issues().isEmpty() ? null : page.nextCursor();
            } while (cursor != null);
        }
        Map<Long, Progress> progress = new HashMap<>();
        counts.forEach((epic, count) -> progress.put(epic, new Progress(count[0], count[1])));
        return progress;
    }

    /** Cloud's parent is an object with an id; Data Center's Epic Link value is the epic's key. */
    private static String epicOf(JsonNode value) {
        return value.isObject() ? value.path("id").asText("") : value.asText("");
    }

    private String epicLinkField() {
        String known = epicLinkField;
        if (known == null) {
            known = lookUpEpicLinkField();
            epicLinkField = known;
        }
        return known;
    }

    private String lookUpEpicLinkField() {
        JsonNode fields;
        try {
            fields = http.get("/rest/api/2/field");
        } catch (IssueTrackerException e) {
            if (e.kind() == IssueTrackerException.Kind.UNAVAILABLE || e.kind() == IssueTrackerException.Kind.RATE_LIMITED) {
                throw e;
            }
            return NO_FIELD;
        }
        for (JsonNode field : fields) {
            if (EPIC_LINK_SCHEMA.equals(field.path("schema").path("custom").asText())) {
                return field.path("id").asText();
            }
        }
        return NO_FIELD;
    }
}
