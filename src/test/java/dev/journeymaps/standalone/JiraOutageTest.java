package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.jirarest.JiraConnection;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11.3: Jira down for longer than the permission TTL and the issue max age, closed port or accepting but
 * silent, on both flavours. The server runs with a permission TTL and an issue max age of zero, so every request is
 * past both, as it is 5 minutes into an outage with the defaults (60 s, 300 s): each request asks Jira again and must
 * fall back on the outage grace (30 minutes by default). Every page and REST view answers from the cache, marked, with
 * no 5xx; the bound is the checks' own 2.5 s timeouts (the problem text shows which path was taken, no stopwatch).
 * When the silent Jira answers again, a view is fresh once the fetches sent while it was silent have timed out.
 */
class JiraOutageTest {
    enum Outage { CLOSED_PORT, SILENT }

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void everyViewAnswersFromTheCacheMarkedWhileJiraIsDownAndFreshWhenItIsBack(Outage outage) {
        for (FakeJiraServer.Flavour flavour : FakeJiraServer.Flavour.values()) {
            jira = new FakeJiraServer(flavour)
                    .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"));
            server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir.resolve(flavour.name())),
                    false, new JiraConfig(jira.url(), "", "", Duration.ZERO, Duration.ZERO), null));
            JiraBrowser alice = new JiraBrowser(server);
            alice.signIn(jira, "alice");
            long mapId = alice.mapWithPainPointLinkedTo("SHOP-1")[0];
            assertThat(JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/status")).path("jiraUnavailable").asBoolean()).isFalse();

            if (outage == Outage.CLOSED_PORT) {
                jira.close();
            } else {
                jira.behaviour.delay = Duration.ofSeconds(30);
            }
            List<HttpResponse<String>> views = List.of(alice.get(API + "/maps/" + mapId + "/status"),
                    alice.get(API + "/projects/SHOP/status"), alice.get(API + "/maps/" + mapId),
                    alice.get(API + "/maps?projectKey=SHOP"), alice.get("/plugins/servlet/journeymaps/map/" + mapId),
                    alice.get("/plugins/servlet/journeymaps/project/SHOP"));

            for (HttpResponse<String> view : views) {
                assertThat(view.statusCode()).as(flavour + " " + view.uri() + ": " + view.body()).isEqualTo(200);
                assertThat(view.body()).doesNotContain("Apache Tomcat", "Exception", "\tat ");
            }
            JsonNode status = JiraBrowser.json(views.get(0));
            assertThat(status.path("jiraUnavailable").asBoolean()).isTrue();
            assertThat(status.path("problem").asText()).containsAnyOf("did not answer", "2500 ms");
            JsonNode issue = status.path("cards").get(0).path("links").get(0).path("issue");
            assertThat(issue.path("key").asText()).isEqualTo("SHOP-1");
            assertThat(issue.path("statusName").asText()).isEqualTo("In Progress");
            assertThat(views.get(4).body()).contains("jm-work-warning", ">SHOP-1</");

            if (outage == Outage.SILENT) {
                // A fetch sent while Jira was silent is still in flight (one per issue, joined by every view) until it
                // times out (the Jira request timeout, 10 s); the first view after that one is fresh.
                jira.behaviour.delay = Duration.ZERO;
                long until = System.nanoTime() + JiraConnection.DEFAULT_REQUEST_TIMEOUT.plusSeconds(10).toNanos();
                JsonNode back = JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/status"));
                while (back.path("jiraUnavailable").asBoolean() && System.nanoTime() < until) {
                    back = JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/status"));
                }
                assertThat(back.path("jiraUnavailable").asBoolean()).as("back up: fresh once the silent fetches timed out").isFalse();
                assertThat(back.path("cards").get(0).path("links").get(0).path("issue").path("statusName").asText())
                        .isEqualTo("In Progress");
            }
            server.close();
            jira.close();
        }
    }
}
