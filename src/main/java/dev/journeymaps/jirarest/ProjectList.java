package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects the user may browse. Cloud: {@code GET /rest/api/3/project/search} (its default action is "view", i.e.
 * Browse Projects), paged by {@code startAt} until {@code isLast}, at most {@value #MAX_PAGES} pages. Data Center:
 * {@code GET /rest/api/2/project}, which lists the projects the user may browse. Each call waits {@value #TIMEOUT_SECONDS}
 * s at most: the list is a convenience on the home page, never worth a hanging page.
 */
final class ProjectList {
    static final int MAX_PAGES = 20;
    static final int PAGE_SIZE = 50;
    static final int TIMEOUT_SECONDS = 3;

    private ProjectList() {
    }

    static List<JiraProject> of(JiraHttp http, Deployment deployment) {
        Duration timeout = Duration.ofSeconds(TIMEOUT_SECONDS);
        List<JiraProject> projects = new ArrayList<>();
        if (deployment == Deployment.DATA_CENTER) {
            http.get("/rest/api/2/project", timeout).forEach(project -> projects.add(project(project)));
            return projects;
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode answer = http.get("/rest/api/3/project/search?startAt=" + page * PAGE_SIZE + "&maxResults=" + PAGE_SIZE, timeout);
            answer.path("values").forEach(project -> projects.add(project(project)));
            if (answer.path("isLast").asBoolean(true) || answer.path("values").isEmpty()) {
                break;
            }
        }
        return projects;
    }

    private static JiraProject project(JsonNode project) {
        return new JiraProject(project.path("key").asText(), project.path("name").asText(""));
    }
}
