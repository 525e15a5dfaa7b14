package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.testing.NuHtmlChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every server-rendered page passes the Nu HTML checker with no error: the project picker, a project's maps, a map
 * (with a future state, so the related-maps line and the dialogs render), the priorities of a map and of a project,
 * a map's history (with a comparison), the due-for-review list, the error page and, with a Jira configured, the
 * sign-in page. The checker is proven to catch errors on a broken page first.
 */
class NuHtmlCheckTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final String PAGES = "/plugins/servlet/journeymaps";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theCheckerReportsErrorsOnABrokenPage() {
        assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<div id=\"a\"></div><div id=\"a\"><li>stray</li></div></body></html>")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>ok</p></body></html>"))
                .isEmpty();
    }

    @Test
    void everyPageOfTheDemoHasNoHtmlError() {
        long mapId = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
        JsonNode future = server.post(API + "/maps/" + mapId + "/future-state", "{}").json();
        long futureId = future.get("id").asLong();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("project picker", PAGES + "/projects");
        pages.put("map list", PAGES + "/project/DEMO");
        pages.put("map list, filtered to nothing", PAGES + "/project/DEMO?q=nothing-matches");
        pages.put("empty project", PAGES + "/project/NEWP");
        pages.put("map", PAGES + "/map/" + mapId);
        pages.put("map, work filter on", PAGES + "/map/" + mapId + "?work=in-progress");
        pages.put("future-state map", PAGES + "/map/" + futureId);
        pages.put("map priorities", PAGES + "/map/" + mapId + "/priorities");
        pages.put("project priorities", PAGES + "/project/DEMO/priorities");
        pages.put("history", PAGES + "/map/" + mapId + "/history");
        // A snapshot to restore: each snapshot row has its Restore button and the page carries the confirm dialog.
        long version = server.get(API + "/maps/" + mapId).json().get("version").asLong();
        server.post(API + "/maps/" + mapId + "/snapshots", "{\"version\":" + version + ",\"label\":\"Q3 review\"}");
        assertThat(server.get(PAGES + "/map/" + mapId + "/history").body()).contains("jm-restore-snapshot", "jm-confirm-dialog");
        pages.put("history with a snapshot to restore", PAGES + "/map/" + mapId + "/history");
        pages.put("history, current compared with future", PAGES + "/map/" + mapId + "/history?compareMap=" + futureId);
        pages.put("due for review", PAGES + "/project/DEMO/due-for-review");
        pages.put("error page", PAGES + "/map/999999");
        Map<String, List<String>> errors = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            List<String> found = NuHtmlChecker.errors(server.get(path).body());
            if (!found.isEmpty()) {
                errors.put(name, found);
            }
        });
        assertThat(errors).as("Nu HTML checker errors, by page").isEmpty();
    }

    @Test
    void theSignInPageHasNoHtmlError(@TempDir Path dataDir) {
        try (FakeJiraServer jira = new FakeJiraServer()) {
            StandaloneServer withJira = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                    new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), null));
            try {
                java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(withJira.baseUrl() + "/login.jsp")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertValid("sign-in", page.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                withJira.close();
            }
        }
    }

    /** The project page of a user someone mentioned: its "For you" list (comments, issue 15). */
    @Test
    void theProjectPageWithAForYouListHasNoHtmlError(@TempDir Path dataDir) {
        try (FakeJiraServer jira = new FakeJiraServer()) {
            StandaloneServer withJira = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
            try {
                JiraBrowser alice = new JiraBrowser(withJira);
                alice.signIn(jira, "alice");
                long[] card = alice.mapWithPainPointLinkedTo();
                assertThat(alice.json("POST", API + "/maps/" + card[0] + "/cards/" + card[1] + "/comments",
                        "{\"text\":\"@[JIRAUSER-bob] <b>look</b> & see\\nline two\"}").statusCode()).isEqualTo(201);
                JiraBrowser bob = new JiraBrowser(withJira);
                bob.signIn(jira, "bob");
                String page = bob.get(PAGES + "/project/SHOP").body();
                assertThat(page).contains("jm-for-you-item");
                assertValid("project with For you", page);
            } finally {
                withJira.close();
            }
        }
    }

    /** An archived map (its banner, read-only) and the project list with its "Archived (n)" section (issue 12). */
    @Test
    void theArchivedMapAndTheArchivedSectionHaveNoHtmlError() {
        String body = "{\"projectKey\":\"ARCHV\",\"title\":\"Kept\",\"type\":\"current-state\"}";
        assertThat(server.post(API + "/maps", body).status()).isEqualTo(201);
        long archived = server.post(API + "/maps", body.replace("Kept", "Old")).json().get("id").asLong();
        assertThat(server.post(API + "/maps/" + archived + "/archive", "{\"version\":1}").status()).isEqualTo(200);
        String list = server.get(PAGES + "/project/ARCHV").body();
        assertThat(list).contains("jm-archived-maps", "Archived (1)");
        assertValid("map list with archived maps", list);
        String map = server.get(PAGES + "/map/" + archived).body();
        assertThat(map).contains("jm-archived-banner", "This map is archived.");
        assertValid("archived map", map);
    }

    @Test
    void aMapWithALongCellHasNoHtmlError() {
        var map = server.post(API + "/maps", "{\"projectKey\":\"LONGV\",\"title\":\"Long\",\"type\":\"current-state\"}").json();
        long id = map.get("id").asLong();
        long lane = map.get("lanes").get(0).get("id").asLong();
        long stage = map.get("stages").get(0).get("id").asLong();
        long version = map.get("version").asLong();
        for (int i = 1; i <= 22; i++) {
            version = server.post(API + "/maps/" + id + "/cards", "{\"version\":" + version + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage + ",\"text\":\"Card " + i + "\"}").json().get("version").asLong();
        }
        String page = server.get(PAGES + "/map/" + id).body();
        assertThat(page).contains("jm-show-more", "Show 2 more cards");
        assertValid("map with a long cell", page);
    }

    private static void assertValid(String name, String html) {
        List<String> errors = NuHtmlChecker.errors(html);
        assertThat(errors).as("Nu HTML checker errors on the " + name + " page").isEmpty();
    }
}
