package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.journeymaps.standalone.FakeJiraServer.Flavour.CLOUD;

/**
 * Metadata endpoints: createmeta per project and issue type (Cloud {@code /rest/api/3/issue/createmeta/{p}/issuetypes},
 * answering {@code issueTypes} with {@code hierarchyLevel}; Data Center {@code /rest/api/2/issue/createmeta/{p}/issuetypes},
 * answering a page of {@code values}), the projects a user may browse (Cloud {@code project/search}, Data Center
 * {@code project}) and people (Cloud {@code user/search}, Data Center {@code user/picker}).
 */
final class StandInMeta {
    private static final Map<String, String> TYPE_IDS = Map.of("Epic", "10000", "Story", "10001", "Task", "10002", "Bug", "10004");
    private static final Map<String, String> PROJECT_NAMES = Map.of("SHOP", "Shop front", "SEC", "Security");

    private final FakeJiraServer jira;

    StandInMeta(FakeJiraServer jira) {
        this.jira = jira;
    }

    static String typeName(String id) {
        return TYPE_IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    Optional<StandInRoutes.Answer> answer(String route, Map<String, String> query, String user) {
        if (route.matches("GET /issue/createmeta/[A-Z0-9]+/issuetypes")) {
            String project = route.split("/")[3];
            if (!FakeJiraServer.may(user, project, "CREATE_ISSUES")) {
                return Optional.of(new StandInRoutes.Answer(404, FakeJiraServer.errors("No project could be found with key '" + project + "'.")));
            }
            ObjectNode page = StandInIssues.JSON.createObjectNode().put("startAt", 0).put("maxResults", 50)
                    .put("total", StandInRoutes.TYPES.get(project).size());
            ArrayNode types = page.putArray(jira.flavour == CLOUD ? "issueTypes" : "values");
            for (String name : StandInRoutes.TYPES.get(project)) {
                ObjectNode type = types.addObject().put("id", TYPE_IDS.get(name)).put("name", name).put("subtask", false);
                if (jira.flavour == CLOUD) {
                    type.put("hierarchyLevel", jira.issues.epicLevelTypes.contains(name) ? 1 : 0);
                }
            }
            if (jira.flavour != CLOUD) {
                page.put("isLast", true);
            }
            return Optional.of(new StandInRoutes.Answer(200, page));
        }
        if (route.matches("GET /issue/createmeta/[A-Z0-9]+/issuetypes/[0-9]+")) {
            String[] parts = route.split("/");
            String type = typeName(parts[5]);
            ObjectNode page = StandInIssues.JSON.createObjectNode().put("startAt", 0).put("maxResults", 50);
            ArrayNode fields = page.putArray(jira.flavour == CLOUD ? "fields" : "values");
            fields.addObject().put("fieldId", "summary").put("name", "Summary").put("required", true);
            fields.addObject().put("fieldId", "description").put("name", "Description").put("required", false);
            if (jira.flavour != CLOUD && "Epic".equals(type)) {
                fields.addObject().put("fieldId", StandInRoutes.EPIC_NAME).put("name", "Epic Name").put("required", true)
                        .putObject("schema").put("type", "string").put("custom", "com.pyxis.greenhopper.jira:gh-epic-label");
            }
            page.put("total", fields.size());
            return Optional.of(new StandInRoutes.Answer(200, page));
        }
        if (route.equals("GET /project/search") && jira.flavour == CLOUD || route.equals("GET /project") && jira.flavour != CLOUD) {
            ArrayNode projects = StandInIssues.array();
            PROJECT_NAMES.keySet().stream().sorted().filter(key -> FakeJiraServer.may(user, key, "BROWSE_PROJECTS"))
                    .forEach(key -> projects.addObject().put("id", key.equals("SHOP") ? "10100" : "10200").put("key", key)
                            .put("name", PROJECT_NAMES.get(key)));
            return Optional.of(new StandInRoutes.Answer(200, jira.flavour == CLOUD
                    ? StandInIssues.JSON.createObjectNode().put("startAt", 0).put("total", projects.size()).put("isLast", true)
                            .set("values", projects)
                    : projects));
        }
        if (route.equals("GET /user/search") && jira.flavour == CLOUD || route.equals("GET /user/picker") && jira.flavour != CLOUD) {
            String q = query.getOrDefault("query", "").toLowerCase(Locale.ROOT);
            ArrayNode users = StandInIssues.array();
            for (String person : FakeJiraServer.PERMISSIONS.keySet().stream().sorted().toList()) {
                String name = FakeJiraServer.displayName(person);
                if (!person.contains(q) && !name.toLowerCase(Locale.ROOT).contains(q)) {
                    continue;
                }
                ObjectNode u = users.addObject().put("displayName", name);
                if (jira.flavour == CLOUD) {
                    u.put("accountId", "acc-" + person).put("accountType", "atlassian").put("active", true).putObject("avatarUrls")
                            .put("48x48", "https://avatar.example/" + person + ".png");
                } else {
                    u.put("key", "JIRAUSER-" + person).put("name", person).put("avatarUrl", jira.url() + "/secure/useravatar?ownerId=" + person);
                }
            }
            return Optional.of(new StandInRoutes.Answer(200, jira.flavour == CLOUD ? users
                    : StandInIssues.JSON.createObjectNode().put("total", users.size()).put("header", "").set("users", users)));
        }
        if (route.equals("GET /user")) {
            String id = jira.flavour == CLOUD ? query.getOrDefault("accountId", "") : query.getOrDefault("key", "");
            String person = id.replace("acc-", "").replace("JIRAUSER-", "");
            if (!FakeJiraServer.PERMISSIONS.containsKey(person) || id.equals(person)) {
                return Optional.of(new StandInRoutes.Answer(404, FakeJiraServer.errors("The user named '" + id + "' does not exist")));
            }
            ObjectNode u = StandInIssues.JSON.createObjectNode().put("displayName", FakeJiraServer.displayName(person))
                    .put("active", true);
            if (jira.flavour == CLOUD) {
                u.put("accountId", id).put("accountType", "atlassian");
            } else {
                u.put("key", id).put("name", person);
            }
            u.putObject("avatarUrls").put("48x48", "https://avatar.example/" + person + ".png");
            return Optional.of(new StandInRoutes.Answer(200, u));
        }
        return Optional.empty();
    }
}
