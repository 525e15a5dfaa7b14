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

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 10 — "a deleted issue stays as a blank link counting as open work" — over HTTP against the stand-in
 * Jira, Data Center and Cloud. A pain point links SHOP-1 (in progress) and SHOP-2 (to do); SHOP-2 is deleted in Jira.
 * Signed in as the user, Jira answers it like an issue hidden from them, so the link says "Deleted in Jira or hidden
 * from you", keeps nothing of the issue, and no longer counts: the card's progress, the map's and the project's
 * roll-ups hold only SHOP-1. The link can still be removed.
 */
class DeletedIssueLinkTest {
    private static final long SHOP_2 = 20002;

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
    void aLinkToAnIssueDeletedInJiraSaysSoCountsAsNoWorkAndCanBeUnlinked(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"))
                .with(new FakeJiraServer.Issue(SHOP_2, "SHOP-2", "Guest checkout", "Story", "To Do", "new"));
        // Max age 0: every view asks Jira again, as any view past the max age does.
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ZERO, Duration.ZERO);
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long[] ids = alice.mapWithPainPointLinkedTo("SHOP-1", "SHOP-2");
        JsonNode before = status(alice, ids[0]);
        assertThat(before.path("cards").get(0).path("progress").path("total").asInt()).as("both count before").isEqualTo(2);

        jira.issues.delete(SHOP_2);

        JsonNode after = status(alice, ids[0]);
        JsonNode card = after.path("cards").get(0);
        JsonNode gone = card.path("links").get(1);
        assertThat(gone.path("issueId").asLong()).isEqualTo(SHOP_2);
        assertThat(gone.path("issue").path("absent").asText()).isEqualTo("deleted-or-hidden");
        assertThat(gone.path("issue").path("withheld").asBoolean()).isTrue();
        assertThat(gone.path("issue").path("known").asBoolean()).isFalse();
        assertThat(gone.path("issue").path("progress").path("total").asInt()).isZero();
        assertThat(gone.toString()).doesNotContain("Guest checkout").doesNotContain("SHOP-2");
        assertThat(card.path("progress").path("total").asInt()).as("only SHOP-1 counts").isEqualTo(1);
        assertThat(card.path("state").asText()).isEqualTo("in-progress");
        assertThat(after.path("map").path("progress").path("total").asInt()).isEqualTo(1);
        JsonNode project = JiraBrowser.json(alice.get(API + "/projects/SHOP/status")).path("maps").get(0).path("work");
        assertThat(project.path("progress").path("total").asInt()).isEqualTo(1);
        String page = alice.get("/plugins/servlet/journeymaps/map/" + ids[0]).body();
        assertThat(page).contains("Deleted in Jira or hidden from you").doesNotContain("Guest checkout");

        HttpResponse<String> unlinked = alice.json("DELETE", API + "/maps/" + ids[0] + "/cards/" + ids[1] + "/links/" + SHOP_2
                + "?version=4", null);
        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
        assertThat(status(alice, ids[0]).path("cards").get(0).path("links")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void aCardWhoseOnlyIssueWasDeletedHasNoActionNotPlannedWork(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(SHOP_2, "SHOP-2", "Guest checkout", "Story", "To Do", "new"));
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ZERO, Duration.ZERO);
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long mapId = alice.mapWithPainPointLinkedTo("SHOP-2")[0];
        assertThat(status(alice, mapId).path("map").path("planned").asInt()).as("planned while it exists").isEqualTo(1);

        jira.issues.delete(SHOP_2);

        JsonNode after = status(alice, mapId);
        assertThat(after.path("cards").get(0).path("state").asText()).isEqualTo("no-action");
        assertThat(after.path("map").path("planned").asInt()).isZero();
        assertThat(after.path("map").path("unlinked").asInt()).isEqualTo(1);
        assertThat(after.path("map").path("painPointsWithWork").asInt()).isZero();
        JsonNode project = JiraBrowser.json(alice.get(API + "/projects/SHOP/status")).path("maps").get(0).path("work");
        assertThat(project.path("planned").asInt()).isZero();
        assertThat(project.path("painPointsWithWork").asInt()).isZero();
    }

    private static JsonNode status(JiraBrowser user, long mapId) {
        HttpResponse<String> status = user.get(API + "/maps/" + mapId + "/status");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return JiraBrowser.json(status);
    }
}
