package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.app.work.tracker.IssueTrackerException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's issue types and their required fields, from createmeta — never hard-coded names. Cloud:
 * {@code GET /rest/api/3/issue/createmeta/{project}/issuetypes} ({@code issueTypes}; the epic is the type at
 * hierarchy level 1, whatever it is called). Data Center: {@code GET /rest/api/2/issue/createmeta/{project}/issuetypes}
 * ({@code values}; the epic is Jira Software's Epic type, whose create screen has the Epic Name field, found in
 * {@code …/issuetypes/{id}} by its schema {@value #EPIC_NAME_SCHEMA}). Remembered per project while we run.
 */
final class CreateMeta {
    static final String EPIC_NAME_SCHEMA = "com.pyxis.greenhopper.jira:gh-epic-label";

    /**
     * An issue type of a project; {@code epic} when it is the project's epic type; {@code level} Jira's hierarchy level
     * (Cloud says it; on Data Center the Epic type is level 1, the others 0).
     */
    record IssueType(String id, String name, boolean epic, int level) {
    }

    private final JiraHttp http;
    private final Map<String, List<IssueType>> types = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> epicNames = new ConcurrentHashMap<>();

    CreateMeta(JiraHttp http) {
        this.http = http;
    }

    /** The project's issue types the user may create (sub-tasks left out). */
    List<IssueType> types(String projectKey, Deployment deployment) {
        return types.computeIfAbsent(projectKey, key -> ask(key, deployment));
    }

    /** The type {@code wanted} names (its name, any case; "Epic" also means the project's epic type); 400 naming the real ones. */
    IssueType type(String projectKey, String wanted, Deployment deployment) {
        List<IssueType> all = types(projectKey, deployment);
        Optional<IssueType> named = all.stream().filter(type -> type.name().equalsIgnoreCase(wanted.strip())).findFirst();
        if (named.isEmpty() && wanted.strip().equalsIgnoreCase("Epic")) {
            named = all.stream().filter(IssueType::epic).findFirst();
        }
        return named.orElseThrow(() -> new IssueTrackerException(IssueTrackerException.Kind.BAD_REQUEST,
                "Project " + projectKey + " has no issue type " + wanted, List.of(),
                Map.of("issueType", "Project " + projectKey + " has no issue type \"" + wanted + "\"; it has: "
                        + String.join(", ", all.stream().map(IssueType::name).toList()) + ".")));
    }

    /** Data Center's required Epic Name field of this epic type, if its create screen has one. */
    Optional<String> epicNameField(String projectKey, IssueType type, Deployment deployment) {
        if (deployment == Deployment.CLOUD || !type.epic() && !type.name().equalsIgnoreCase("Epic")) {
            return Optional.empty();
        }
        return epicNames.computeIfAbsent(projectKey + "/" + type.id(), key -> {
            JsonNode page = http.get("/rest/api/2/issue/createmeta/" + encode(projectKey) + "/issuetypes/" + encode(type.id()));
            for (JsonNode field : page.path("values")) {
                boolean epicName = EPIC_NAME_SCHEMA.equals(field.path("schema").path("custom").asText())
                        || "Epic Name".equalsIgnoreCase(field.path("name").asText());
                if (epicName && field.path("required").asBoolean(false)) {
                    return Optional.of(field.path("fieldId").asText(field.path("key").asText()));
                }
            }
            return Optional.empty();
        });
    }

    private List<IssueType> ask(String projectKey, Deployment deployment) {
        String version = deployment == Deployment.CLOUD ? "3" : "2";
        JsonNode page = http.get("/rest/api/" + version + "/issue/createmeta/" + encode(projectKey) + "/issuetypes?maxResults=200");
        List<IssueType> found = new ArrayList<>();
        for (JsonNode type : page.path(deployment == Deployment.CLOUD ? "issueTypes" : "values")) {
            if (type.path("subtask").asBoolean(false)) {
                continue;
            }
            String name = type.path("name").asText("");
            boolean epic = deployment == Deployment.CLOUD ? type.path("hierarchyLevel").asInt(0) == 1
                    : name.toLowerCase(Locale.ROOT).equals("epic");
            int level = deployment == Deployment.CLOUD ? type.path("hierarchyLevel").asInt(0) : epic ? 1 : 0;
            found.add(new IssueType(type.path("id").asText(), name, epic, level));
        }
        return List.copyOf(found);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
