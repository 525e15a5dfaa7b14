package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.app.work.tracker.IssueTrackerException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira's people, asked as the signed-in user. Cloud: {@code GET /rest/api/3/user/search?query=} (active Atlassian
 * accounts; apps and customers left out) and {@code GET /rest/api/3/user?accountId=}. Data Center:
 * {@code GET /rest/api/2/user/picker?query=} and {@code GET /rest/api/2/user?key=}.
 */
final class JiraPeople {
    private JiraPeople() {
    }

    static List<JiraPerson> search(JiraHttp http, Deployment deployment, String query, int limit) {
        String q = encode(query);
        List<JiraPerson> people = new ArrayList<>();
        if (deployment == Deployment.CLOUD) {
            for (JsonNode user : http.get("/rest/api/3/user/search?query=" + q + "&maxResults=" + limit)) {
                boolean person = user.path("active").asBoolean(true)
                        && "atlassian".equals(user.path("accountType").asText("atlassian"));
                if (person) {
                    people.add(cloud(user));
                }
            }
        } else {
            for (JsonNode user : http.get("/rest/api/2/user/picker?query=" + q + "&maxResults=" + limit).path("users")) {
                people.add(new JiraPerson(user.path("key").asText(user.path("name").asText()), user.path("name").asText(),
                        user.path("displayName").asText(""), user.path("avatarUrl").asText("")));
            }
        }
        return people.stream().limit(limit).toList();
    }

    static Optional<JiraPerson> byId(JiraHttp http, Deployment deployment, String id) {
        try {
            if (deployment == Deployment.CLOUD) {
                return Optional.of(cloud(http.get("/rest/api/3/user?accountId=" + encode(id))));
            }
            JsonNode user = http.get("/rest/api/2/user?key=" + encode(id));
            return Optional.of(new JiraPerson(user.path("key").asText(id), user.path("name").asText(),
                    user.path("displayName").asText(""), user.path("avatarUrls").path("48x48").asText("")));
        } catch (IssueTrackerException e) {
            if (e.kind() == IssueTrackerException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static JiraPerson cloud(JsonNode user) {
        String id = user.path("accountId").asText();
        return new JiraPerson(id, id, user.path("displayName").asText(""), user.path("avatarUrls").path("48x48").asText(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
