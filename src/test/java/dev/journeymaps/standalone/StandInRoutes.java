package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.journeymaps.standalone.FakeJiraServer.Flavour.CLOUD;
import static dev.journeymaps.standalone.FakeJiraServer.Flavour.DATA_CENTER;

/** The stand-in's endpoints, as Atlassian's REST reference describes them for each flavour. */
final class StandInRoutes {
    static final String EPIC_LINK = "customfield_10014";
    static final String EPIC_NAME = "customfield_10011";
    /** Issue types per project (createmeta): SEC has no Story. Cloud marks epics by hierarchy level 1. */
    static final Map<String, List<String>> TYPES = Map.of("SHOP", List.of("Epic", "Story", "Task", "Bug"),
            "SEC", List.of("Epic", "Task"));

    record Answer(int status, JsonNode body, Map<String, String> headers) {
        Answer(int status, JsonNode body) {
            this(status, body, Map.of());
        }
    }

    private final FakeJiraServer jira;
    private final StandInIssues issues;

    StandInRoutes(FakeJiraServer jira) {
        this.jira = jira;
        this.issues = jira.issues;
    }

    Answer answer(String method, String path, String rawQuery, byte[] body, String user) {
        Map<String, String> query = query(rawQuery);
        JsonNode json = read(body);
        String route = method + " " + path.replaceFirst("^/rest/api/[23]/", "/");
        boolean v3 = path.startsWith("/rest/api/3/");
        if (v3 && jira.flavour == DATA_CENTER) {
            return new Answer(404, FakeJiraServer.errors("Null for uri: " + path));
        }
        if (route.equals("GET /myself")) {
            return new Answer(200, myself(user));
        } else if (route.equals("GET /mypermissions")) {
            return permissions(user, query);
        } else if (route.equals("POST /search") || route.equals("GET /search")) {
            return jira.flavour == CLOUD ? new Answer(410, FakeJiraServer.errors("The requested API has been removed. Please migrate to the /rest/api/3/search/jql API."))
                    : dataCenterSearch(user, json);
        } else if (route.equals("POST /search/jql") && jira.flavour == CLOUD) {
            return cloudSearch(user, json);
        } else if (route.equals("GET /field") && jira.flavour == DATA_CENTER) {
            ArrayNode fields = FakeJiraServer.array();
            fields.addObject().put("id", "summary").put("name", "Summary").put("custom", false);
            fields.addObject().put("id", EPIC_LINK).put("name", "Epic Link").put("custom", true)
                    .putObject("schema").put("custom", "com.pyxis.greenhopper.jira:gh-epic-link");
            fields.addObject().put("id", EPIC_NAME).put("name", "Epic Name").put("custom", true)
                    .putObject("schema").put("custom", "com.pyxis.greenhopper.jira:gh-epic-label");
            return new Answer(200, fields);
        } else if (path.matches("/rest/api/[23]/issue/[0-9]+") && method.equals("GET")) {
            Optional<StandInIssues.Issue> issue = issues.byId(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
                    .filter(found -> FakeJiraServer.may(user, found.project(), "BROWSE_PROJECTS"));
            return issue.map(found -> new Answer(200, issues.json(found, parentField())))
                    .orElseGet(() -> new Answer(404, FakeJiraServer.errors("Issue does not exist or you do not have permission to see it.")));
        } else if (route.equals("POST /issue")) {
            return new StandInCreate(jira).create(user, json);
        }
        return new StandInMeta(jira).answer(route, query, user)
                .orElseGet(() -> new Answer(404, FakeJiraServer.errors("Null for uri: " + path)));
    }

    String parentField() {
        return jira.flavour == CLOUD ? "parent" : EPIC_LINK;
    }

    private ObjectNode myself(String user) {
        ObjectNode me = StandInIssues.JSON.createObjectNode();
        String name = FakeJiraServer.displayName(user);
        if (jira.flavour == CLOUD) {
            me.put("accountId", "acc-" + user).put("emailAddress", user + "@example.com");
        } else {
            me.put("key", "JIRAUSER-" + user).put("name", user).put("emailAddress", user + "@example.com");
        }
        return me.put("displayName", name).put("active", true);
    }

    /** Cloud requires {@code permissions}; Data Center's reference declares only projectKey/projectId/issueKey/issueId. */
    private Answer permissions(String user, Map<String, String> query) {
        String project = query.get("projectKey");
        if (jira.flavour == CLOUD && !query.containsKey("permissions")) {
            return new Answer(400, FakeJiraServer.errors("The permissions query parameter is required."));
        }
        if (project != null && !TYPES.containsKey(project)) {
            return new Answer(404, FakeJiraServer.errors("No project could be found with key '" + project + "'."));
        }
        List<String> keys = jira.flavour == CLOUD ? List.of(query.get("permissions").split(","))
                : List.of("BROWSE_PROJECTS", "EDIT_ISSUES", "CREATE_ISSUES", "ADMINISTER_PROJECTS");
        ObjectNode answer = StandInIssues.JSON.createObjectNode();
        ObjectNode granted = answer.putObject("permissions");
        for (String key : keys) {
            granted.putObject(key).put("key", key).put("type", "PROJECT")
                    .put("havePermission", project != null && FakeJiraServer.may(user, project, key));
        }
        return new Answer(200, answer);
    }

    private Answer dataCenterSearch(String user, JsonNode body) {
        String jql = body.path("jql").asText();
        jira.searches.add(jql);
        boolean validate = body.path("validateQuery").asBoolean(true);
        if (validate) {
            for (Long id : StandInIssues.idsIn(jql)) {
                if (issues.byId(id).filter(issue -> FakeJiraServer.may(user, issue.project(), "BROWSE_PROJECTS")).isEmpty()) {
                    return new Answer(400, FakeJiraServer.errors("An issue with key '" + id + "' does not exist for field 'id'."));
                }
            }
        }
        List<StandInIssues.Issue> found = issues.select(jql, issue -> FakeJiraServer.may(user, issue.project(), "BROWSE_PROJECTS"));
        int startAt = body.path("startAt").asInt(0);
        int max = Math.min(body.path("maxResults").asInt(50), 100);
        ObjectNode answer = StandInIssues.JSON.createObjectNode().put("startAt", startAt).put("maxResults", max).put("total", found.size());
        ArrayNode page = answer.putArray("issues");
        found.stream().skip(startAt).limit(max).forEach(issue -> page.add(issues.json(issue, EPIC_LINK)));
        return new Answer(200, answer);
    }

    /** Eventually consistent: issues not indexed yet are left out unless named in {@code reconcileIssues}. */
    private Answer cloudSearch(String user, JsonNode body) {
        String jql = body.path("jql").asText();
        jira.searches.add(jql);
        List<Long> reconcile = new java.util.ArrayList<>();
        body.path("reconcileIssues").forEach(id -> reconcile.add(id.asLong()));
        List<StandInIssues.Issue> found = issues.select(jql, issue -> FakeJiraServer.may(user, issue.project(), "BROWSE_PROJECTS")
                && (!jira.behaviour.notIndexedYet.contains(issue.id()) || reconcile.contains(issue.id())));
        int from = body.hasNonNull("nextPageToken") ? Integer.parseInt(body.path("nextPageToken").asText()) : 0;
        int max = Math.min(body.path("maxResults").asInt(50), 100);
        ObjectNode answer = StandInIssues.JSON.createObjectNode();
        ArrayNode page = answer.putArray("issues");
        found.stream().skip(from).limit(max).forEach(issue -> page.add(issues.json(issue, "parent")));
        boolean last = from + max >= found.size();
        answer.put("isLast", last);
        if (!last) {
            answer.put("nextPageToken", Integer.toString(from + max));
        }
        return new Answer(200, answer);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode read(byte[] body) {
        try {
            return body.length == 0 ? StandInIssues.JSON.missingNode() : StandInIssues.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }
}
