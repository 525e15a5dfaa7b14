package dev.journeymaps.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.standalone.FakeJiraServer;
import dev.journeymaps.standalone.JiraBrowser;
import dev.journeymaps.standalone.StandaloneServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 2 — the create form's issue types come from the project in Jira, not a fixed Epic/Story/Task —
 * over HTTP against the stand-in Jira, Data Center and Cloud: {@code GET /projects/{key}/issue-types} lists each
 * project's createmeta types (SEC has no Story) with the epic marked; a user who may not edit is told she may create
 * nothing (200, {@code canCreate} false) before Jira is asked; an editor whom Jira does not let create (createmeta 404)
 * the same; with Jira away the answer is our 503, never a 500.
 */
class ProjectIssueTypesTest {
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
    @EnumSource(FakeJiraServer.Flavour.class)
    void theProjectsOwnIssueTypesWithTheEpicMarked(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        JiraBrowser bob = new JiraBrowser(server);
        bob.signIn(jira, "bob");

        JsonNode shop = types(alice, "SHOP");
        JsonNode sec = types(alice, "SEC");
        int createmetaBeforeBob = createmetaRequests();
        HttpResponse<String> bobAsks = bob.get(API + "/projects/SHOP/issue-types");

        assertThat(names(shop)).containsExactly("Epic", "Story", "Task", "Bug");
        assertThat(names(sec)).as("SEC has no Story").containsExactly("Epic", "Task");
        JsonNode epic = shop.path("types").get(0);
        assertThat(epic.path("id").asText()).isEqualTo("10000");
        assertThat(epic.path("epic").asBoolean()).isTrue();
        assertThat(epic.path("hierarchyLevel").asInt()).isEqualTo(1);
        assertThat(shop.path("types").get(1).path("epic").asBoolean()).isFalse();
        assertThat(shop.path("types").get(1).path("hierarchyLevel").asInt()).isZero();
        assertThat(bobAsks.statusCode()).as("Bob may only browse SHOP: " + bobAsks.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(bobAsks).path("canCreate").asBoolean(true)).as("Bob may create nothing").isFalse();
        assertThat(JiraBrowser.json(bobAsks).path("types").size()).isZero();
        assertThat(shop.path("canCreate").asBoolean()).as("Alice may create in SHOP").isTrue();
        assertThat(createmetaRequests()).as("Jira is not asked for Bob").isEqualTo(createmetaBeforeBob);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void anEditorWhomJiraDoesNotLetCreateIsToldSoNotAnError(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        JiraBrowser carol = new JiraBrowser(server);
        carol.signIn(jira, "carol"); // may browse and edit SHOP, not create issues in it

        HttpResponse<String> answer = carol.get(API + "/projects/SHOP/issue-types");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(answer).path("canCreate").asBoolean(true)).isFalse();
        assertThat(JiraBrowser.json(answer).path("types").size()).isZero();
        assertThat(createmetaRequests()).as("Jira was asked, and said no").isPositive();
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void withJiraAwayTheAnswerIsOur503(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ZERO, Duration.ofMinutes(5));
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");

        jira.close();
        HttpResponse<String> types = alice.get(API + "/projects/SHOP/issue-types");

        assertThat(types.statusCode()).as(types.body()).isEqualTo(503);
        assertThat(types.body()).doesNotContain("Exception");
    }

    private int createmetaRequests() {
        return (int) jira.received.stream().filter(request -> request.path().contains("/createmeta/")).count();
    }

    private static JsonNode types(JiraBrowser user, String project) {
        HttpResponse<String> types = user.get(API + "/projects/" + project + "/issue-types");
        assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
        return JiraBrowser.json(types);
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.path("types").forEach(type -> names.add(type.path("name").asText()));
        return names;
    }
}
