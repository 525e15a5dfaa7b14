package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating Jira issues from cards over HTTP against the stand-in Jira, Data Center and Cloud (issue 11, points 1, 2,
 * 5, 7 and 10): epics get Data Center's Epic Name, issue types come from the project's createmeta, a slow read-back
 * after the 201 still links exactly one issue, a double submit makes one issue, Cloud's search lag does not blank a
 * created issue, the description reaches v2 with its wiki markup escaped, and linking by a moved issue's old key works.
 */
class JiraCreateTest {
    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private JiraBrowser alice;

    private void start(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"));
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ofMinutes(5)), null));
        alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        jira.close();
    }

    private HttpResponse<String> create(long[] ids, long version, String type) {
        return alice.json("POST", API + "/maps/" + ids[0] + "/cards/" + ids[1] + "/issues",
                "{\"version\":" + version + ",\"issueType\":\"" + type + "\"}");
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void anEpicIsCreatedWithDataCentersEpicNameFilledFromTheSummary(FakeJiraServer.Flavour flavour) {
        start(flavour);
        long[] ids = alice.mapWithPainPointLinkedTo();

        HttpResponse<String> created = create(ids, 2, "Epic");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode sent = jira.created.values().iterator().next().path("fields");
        assertThat(sent.path("issuetype").path("id").asText()).isEqualTo("10000");
        if (flavour == FakeJiraServer.Flavour.DATA_CENTER) {
            assertThat(sent.path(StandInRoutes.EPIC_NAME).asText()).isEqualTo("Checkout asks for an account");
        } else {
            assertThat(sent.has(StandInRoutes.EPIC_NAME)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void issueTypesComeFromTheProjectAndAMissingOneIsA400NamingTheRealOnes(FakeJiraServer.Flavour flavour) {
        start(flavour);
        long[] ids = alice.mapInProjectLinkedTo("SEC");

        HttpResponse<String> story = create(ids, 2, "Story");
        HttpResponse<String> task = create(ids, 2, "Task");

        assertThat(story.statusCode()).as(story.body()).isEqualTo(400);
        assertThat(JiraBrowser.json(story).path("errors").path("issueType").asText()).contains("Epic, Task");
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        assertThat(jira.created).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void aReadBackDelayed11SecondsStillLinksExactlyOneIssue(FakeJiraServer.Flavour flavour) {
        start(flavour);
        long[] ids = alice.mapWithPainPointLinkedTo();
        jira.behaviour.readBackDelay = Duration.ofSeconds(11);

        HttpResponse<String> created = create(ids, 2, "Task");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode link = JiraBrowser.json(created).path("link");
        assertThat(jira.issues.all().stream().filter(issue -> issue.summary().equals("Checkout asks for an account"))).hasSize(1);
        long issueId = jira.created.keySet().iterator().next();
        assertThat(link.path("issueId").asLong()).isEqualTo(issueId);
        JsonNode status = JiraBrowser.json(alice.get(API + "/maps/" + ids[0] + "/status"));
        assertThat(status.path("cards").get(0).path("links").get(0).path("issueId").asLong()).isEqualTo(issueId);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void aDoubleSubmittedCreateMakesOneIssue(FakeJiraServer.Flavour flavour) {
        start(flavour);
        long[] ids = alice.mapWithPainPointLinkedTo();
        jira.behaviour.delay = Duration.ofMillis(500);

        List<CompletableFuture<HttpResponse<String>>> both = List.of(
                CompletableFuture.supplyAsync(() -> create(ids, 2, "Task")),
                CompletableFuture.supplyAsync(() -> create(ids, 2, "Task")));

        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("one creates; the other gets that issue (or a version conflict)").contains(201);
        assertThat(jira.created).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void anIssueJustCreatedIsKnownAtOnceThoughCloudSearchHasNotIndexedIt(FakeJiraServer.Flavour flavour) {
        start(flavour);
        jira.behaviour.searchLag = true;
        long[] ids = alice.mapWithPainPointLinkedTo();
        assertThat(create(ids, 2, "Task").statusCode()).isEqualTo(201);

        JsonNode issue = JiraBrowser.json(alice.get(API + "/maps/" + ids[0] + "/status"))
                .path("cards").get(0).path("links").get(0).path("issue");

        assertThat(issue.path("known").asBoolean()).isTrue();
        assertThat(issue.path("summary").asText()).isEqualTo("Checkout asks for an account");
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void theDescriptionReachesJiraWithItsWikiMarkupEscaped(FakeJiraServer.Flavour flavour) {
        start(flavour);
        long[] ids = alice.mapWithPainPointLinkedTo();
        assertThat(create(ids, 2, "Task").statusCode()).isEqualTo(201);

        String description = jira.created.values().iterator().next().path("fields").path("description").asText();

        assertThat(description).contains("\\*never\\*", "\\{checklist\\}", "\\[here\\|http://evil.example\\]")
                .doesNotContain(" *never*", " {checklist}", " [here|");
        assertThat(description).containsPattern("Journey map: http://127\\.0\\.0\\.1:\\d+/plugins/servlet/journeymaps/map/" + ids[0]);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void linkingByAMovedIssuesOldKeyLinksTheIssueItIsNow(FakeJiraServer.Flavour flavour) {
        start(flavour);
        jira.issues.move("SHOP-1", "SEC-7");

        long[] ids = alice.mapWithPainPointLinkedTo("SHOP-1");

        JsonNode link = JiraBrowser.json(alice.get(API + "/maps/" + ids[0] + "/status")).path("cards").get(0).path("links").get(0);
        assertThat(link.path("issueId").asLong()).isEqualTo(20001);
        assertThat(link.path("issueKey").asText()).isEqualTo("SEC-7");
    }
}
