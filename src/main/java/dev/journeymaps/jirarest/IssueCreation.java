package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.StatusCategory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /rest/api/2/issue} with the project's real issue type ({@link CreateMeta}), Data Center's Epic Name
 * filled from the summary when the Epic type requires it, and a description escaped for v2's wiki markup
 * ({@link WikiText}). The 201 already names the issue (id and key), so the issue is known from it; reading it back
 * is only for its status, bounded by {@value #READ_BACK_SECONDS} s: a slow read-back never turns a created issue into
 * an error (and a retry into a duplicate).
 */
final class IssueCreation {
    static final int READ_BACK_SECONDS = 3;

    private final JiraHttp http;
    private final CreateMeta meta;

    IssueCreation(JiraHttp http, CreateMeta meta) {
        this.http = http;
        this.meta = meta;
    }

    CreateMeta meta() {
        return meta;
    }

    IssueSnapshot create(NewIssue issue, Deployment deployment, Instant now) {
        CreateMeta.IssueType type = meta.type(issue.projectKey(), issue.issueType(), deployment);
        ObjectNode body = http.json().createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("id", type.id());
        fields.put("summary", issue.summary());
        if (!issue.description().isEmpty()) {
            fields.put("description", WikiText.escape(issue.description()));
        }
        meta.epicNameField(issue.projectKey(), type, deployment).ifPresent(field -> fields.put(field, issue.summary()));
        JsonNode created = http.postOnce("/rest/api/2/issue", body);
        String id = created.path("id").asText("");
        String key = created.path("key").asText("");
        if (!id.matches("\\d{1,18}") || key.isEmpty()) {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAVAILABLE,
                    "Jira answered the create without the new issue's id and key", List.of(), Map.of());
        }
        IssueSnapshot fromCreate = new IssueSnapshot(Long.parseLong(id), key, issue.summary(), type.name(), "",
                StatusCategory.UNKNOWN, "", now);
        try {
            JsonNode read = http.get("/rest/api/2/issue/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?fields="
                    + String.join(",", IssueJson.FIELDS), Duration.ofSeconds(READ_BACK_SECONDS));
            return IssueJson.snapshot(read, now);
        } catch (IssueTrackerException slowOrGone) {
            return fromCreate;
        }
    }
}
