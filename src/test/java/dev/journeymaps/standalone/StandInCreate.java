package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static dev.journeymaps.standalone.FakeJiraServer.Flavour.CLOUD;

/**
 * {@code POST /rest/api/2/issue} as Jira answers it: 201 with id, key and self; 400 with field errors for a missing
 * summary, an issue type the project does not have, or (Data Center, Jira Software) an Epic without its Epic Name.
 * What was sent is kept ({@link FakeJiraServer#created}), so tests can read the description Jira got.
 */
final class StandInCreate {
    private final FakeJiraServer jira;

    StandInCreate(FakeJiraServer jira) {
        this.jira = jira;
    }

    StandInRoutes.Answer create(String user, JsonNode body) {
        JsonNode fields = body.path("fields");
        String project = fields.path("project").path("key").asText(fields.path("project").path("id").asText(""));
        if (!FakeJiraServer.may(user, project, "CREATE_ISSUES")) {
            return new StandInRoutes.Answer(400, FakeJiraServer.fieldError("project", "You do not have permission to create issues in this project."));
        }
        List<String> types = StandInRoutes.TYPES.get(project);
        String type = fields.path("issuetype").has("id") ? StandInMeta.typeName(fields.path("issuetype").path("id").asText())
                : fields.path("issuetype").path("name").asText("");
        if (type == null || !types.contains(type)) {
            return new StandInRoutes.Answer(400, FakeJiraServer.fieldError("issuetype", "Specify a valid issue type"));
        }
        if (fields.path("summary").asText("").isBlank()) {
            return new StandInRoutes.Answer(400, FakeJiraServer.fieldError("summary", "You must specify a summary of the issue."));
        }
        if (jira.flavour != CLOUD && type.equals("Epic") && fields.path(StandInRoutes.EPIC_NAME).asText("").isBlank()) {
            return new StandInRoutes.Answer(400, FakeJiraServer.fieldError(StandInRoutes.EPIC_NAME, "Epic Name is required."));
        }
        StandInIssues.Issue issue = jira.issues.create(project, type, fields.path("summary").asText());
        jira.created.put(issue.id(), body);
        if (jira.flavour == CLOUD && jira.behaviour.searchLag) {
            jira.behaviour.notIndexedYet.add(issue.id());
        }
        return new StandInRoutes.Answer(201, StandInIssues.JSON.createObjectNode().put("id", Long.toString(issue.id()))
                .put("key", issue.key()).put("self", jira.url() + "/rest/api/2/issue/" + issue.id()));
    }
}
