package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * At most this many pages of children per chunk of epics (100 children a page: 5,000 children for 100 epics); past
     * it the progress counts the children read so far, rather than letting one huge or looping result hold a refresh.
     */
    static final int MAX_PAGES = 50;
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
        // Children by epic, each child once by id: a page Jira sends twice cannot count twice.
        Map<Long, Map<String, Boolean>> childrenDone = new HashMap<>();
        for (int from = 0; from < epics.size(); from += CHUNK) {
            List<IssueSnapshot> chunk = epics.subList(from, Math.min(epics.size(), from + CHUNK));
            String jql = deployment == Deployment.CLOUD
                    ? chunk.stream().map(epic -> Long.toString(epic.id())).collect(Collectors.joining(",", "parent in (", ")"))
                    : chunk.stream().map(IssueSnapshot::key).collect(Collectors.joining(", ", IssueQuery.quoted("Epic Link") + " in (", ")"));
            Set<String> cursors = new HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                SearchEndpoint.Page page = endpoint.page(jql, List.of("status", field), JiraRestClient.PAGE_SIZE, cursor,
                        SearchEndpoint.Lookup.PICKER);
                for (JsonNode child : page.issues()) {
                    Long epic = epicIds.get(epicOf(child.path("fields").path(field)));
                    if (epic != null) {
                        String category = child.path("fields").path("status").path("statusCategory").path("key").textValue();
                        childrenDone.computeIfAbsent(epic, id -> new HashMap<>())
                                .put(child.path("id").asText(child.path("key").asText()), StatusCategory.fromJiraKey(category) == StatusCategory.DONE);
                    }
                }
                // Stop on an empty page or a cursor seen before, so a Jira repeating itself cannot keep us here.
                pages++;
                cursor = page.issues().isEmpty() || pages >= MAX_PAGES || !cursors.add(String.valueOf(page.nextCursor()))
                        ? null : page.nextCursor();
            } while (cursor != null);
        }
        Map<Long, Progress> progress = new HashMap<>();
        childrenDone.forEach((epic, children) -> progress.put(epic,
                new Progress((int) children.values().stream().filter(Boolean::booleanValue).count(), children.size())));
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
