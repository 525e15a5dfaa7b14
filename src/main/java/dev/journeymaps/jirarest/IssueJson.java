package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;

import java.time.Instant;
import java.util.List;

/** Reads an issue as Jira returns it (search results and {@code GET /issue} share the shape). */
final class IssueJson {
    /** Only what a snapshot needs; status carries its statusCategory. */
    static final List<String> FIELDS = List.of("summary", "issuetype", "status", "assignee");

    private IssueJson() {
    }

    /**
     * Whether the issue is an epic: on Cloud the type at hierarchy level 1 ({@code issuetype.hierarchyLevel}), whatever
     * it is called; where Jira gives no level (Data Center), Jira Software's Epic type, by its name.
     */
    static boolean isEpic(JsonNode issue) {
        JsonNode type = issue.path("fields").path("issuetype");
        JsonNode level = type.path("hierarchyLevel");
        return level.isNumber() ? level.asInt() == 1 : IssueSnapshot.EPIC.equalsIgnoreCase(type.path("name").asText(""));
    }

    static IssueSnapshot snapshot(JsonNode issue, Instant fetchedAt) {
        JsonNode fields = issue.path("fields");
        JsonNode status = fields.path("status");
        return new IssueSnapshot(
                Long.parseLong(issue.path("id").asText()),
                issue.path("key").asText(),
                fields.path("summary").asText(""),
                fields.path("issuetype").path("name").asText(""),
                status.path("name").asText(""),
                StatusCategory.fromJiraKey(status.path("statusCategory").path("key").textValue()),
                fields.path("assignee").path("displayName").asText(""),
                fetchedAt);
    }
}
