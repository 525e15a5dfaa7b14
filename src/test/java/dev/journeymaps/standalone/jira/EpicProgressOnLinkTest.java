package dev.journeymaps.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.standalone.FakeJiraServer;
import dev.journeymaps.standalone.JiraBrowser;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.StandInIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 10 — "an epic shows 0/1 until the next status view" — and point 2's epic recognition, over HTTP
 * against the stand-in Jira. The epic SHOP-10 has three children, one done. Linked from the map by its key, the link's
 * answer and the very next view already count 1/3 (the max age is the default five minutes, so nothing is fetched again
 * in between). Linking it to a second card does not reset the first card's count. On Cloud the epic is the type at
 * hierarchy level 1, whatever it is called.
 */
class EpicProgressOnLinkTest {
    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private JiraBrowser alice;

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    private void start(FakeJiraServer.Flavour flavour, String epicType) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(20010, "SHOP-10", "Checkout without an account", epicType, "To Do", "new"));
        jira.issues.child(new StandInIssues.Issue(20011, "SHOP-11", "Guest cart", "Story", "Done", "done"), "SHOP-10");
        jira.issues.child(new StandInIssues.Issue(20012, "SHOP-12", "Guest payment", "Story", "In Progress", "indeterminate"), "SHOP-10");
        jira.issues.child(new StandInIssues.Issue(20013, "SHOP-13", "Guest receipt", "Story", "To Do", "new"), "SHOP-10");
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void anEpicLinkedByItsKeyCountsItsChildrenInTheAnswerAndTheNextView(FakeJiraServer.Flavour flavour) {
        start(flavour, "Epic");
        long[] ids = alice.mapWithPainPointLinkedTo();

        HttpResponse<String> linked = alice.json("POST", API + "/maps/" + ids[0] + "/cards/" + ids[1] + "/links",
                "{\"version\":2,\"issueKey\":\"SHOP-10\"}");

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        assertThat(progress(JiraBrowser.json(linked).path("link").path("issue"))).isEqualTo("1/3");
        JsonNode card = status(ids[0]).path("cards").get(0);
        assertThat(progress(card)).as("the next view, without waiting for the max age").isEqualTo("1/3");
        assertThat(card.path("state").asText()).isEqualTo("in-progress");
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void linkingAnEpicAgainFromAnotherMapKeepsItsChildrenCount(FakeJiraServer.Flavour flavour) {
        start(flavour, "Epic");
        long first = alice.mapWithPainPointLinkedTo("SHOP-10")[0];
        assertThat(progress(status(first).path("cards").get(0))).isEqualTo("1/3");

        alice.mapWithPainPointLinkedTo("SHOP-10");

        assertThat(progress(status(first).path("cards").get(0))).as("the shared cache kept the epic's children").isEqualTo("1/3");
    }

    @Test
    void onCloudAnEpicIsTheTypeAtHierarchyLevelOneWhateverItIsCalled() {
        start(FakeJiraServer.Flavour.CLOUD, "Feature");
        jira.issues.epicLevelTypes.add("Feature");
        long mapId = alice.mapWithPainPointLinkedTo("SHOP-10")[0];

        assertThat(progress(status(mapId).path("cards").get(0))).isEqualTo("1/3");
    }

    private JsonNode status(long mapId) {
        HttpResponse<String> status = alice.get(API + "/maps/" + mapId + "/status");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return JiraBrowser.json(status);
    }

    private static String progress(JsonNode node) {
        return node.path("progress").path("done").asInt() + "/" + node.path("progress").path("total").asInt();
    }
}
