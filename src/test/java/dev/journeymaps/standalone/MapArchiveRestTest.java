package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archiving and restoring a map over HTTP, signed in to the stand-in Data Center Jira (issue 12, point 1): alice edits
 * project SHOP, bob only browses it. An archived map is read-only (every write a 400 in words, nothing changed), out of
 * the project's priorities, reviews and work status, and still in the issue panel, marked; restoring brings it back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapArchiveRestTest {
    private static final long SHOP_1 = 20001;
    @TempDir
    static Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private JiraBrowser alice;
    private JiraBrowser bob;

    @BeforeAll
    void start() {
        jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER)
                .with(new FakeJiraServer.Issue(SHOP_1, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"));
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        bob = new JiraBrowser(server);
        bob.signIn(jira, "bob");
    }

    @AfterAll
    void stop() {
        server.close();
        jira.close();
    }

    private JsonNode map(long mapId) {
        HttpResponse<String> reply = alice.get(API + "/maps/" + mapId);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JiraBrowser.json(reply);
    }

    private HttpResponse<String> post(JiraBrowser who, long mapId, String what, long version) {
        return who.json("POST", API + "/maps/" + mapId + "/" + what, "{\"version\":" + version + "}");
    }

    private HttpResponse<String> rename(long mapId, long version, String title) {
        return alice.json("PUT", API + "/maps/" + mapId, "{\"version\":" + version + ",\"title\":\"" + title
                + "\",\"type\":\"current-state\"}");
    }

    private List<Long> ids(JsonNode list, String pointer) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.at(pointer).asLong()));
        return ids;
    }

    private List<Long> priorityMaps() {
        return ids(JiraBrowser.json(alice.get(API + "/projects/SHOP/priorities")).get("maps"), "/id");
    }

    private List<Long> reviewMaps() {
        return ids(JiraBrowser.json(alice.get(API + "/projects/SHOP/reviews")), "/mapId");
    }

    private List<Long> statusMaps() {
        return ids(JiraBrowser.json(alice.get(API + "/projects/SHOP/status")).get("maps"), "/mapId");
    }

    @Test
    void anArchivedMapIsReadOnlyAndOutOfTheRollUpsUntilRestored() {
        long kept = alice.mapWithPainPointLinkedTo("SHOP-1")[0];
        long[] archivedCard = alice.mapWithPainPointLinkedTo("SHOP-1");
        long mapId = archivedCard[0];
        assertThat(priorityMaps()).contains(kept, mapId);
        assertThat(reviewMaps()).contains(kept, mapId);
        assertThat(statusMaps()).contains(kept, mapId);
        long version = map(mapId).get("version").asLong();

        assertThat(post(bob, mapId, "archive", version).statusCode()).as("a viewer may not archive").isEqualTo(403);
        HttpResponse<String> archived = post(alice, mapId, "archive", version);
        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(archived).get("archived").asBoolean()).isTrue();
        long archivedVersion = version + 1;
        assertThat(JiraBrowser.json(archived).get("version").asLong()).isEqualTo(archivedVersion);
        assertThat(post(alice, mapId, "archive", archivedVersion).statusCode()).as("archiving twice").isEqualTo(400);

        HttpResponse<String> renamed = rename(mapId, archivedVersion, "Renamed while archived");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(400);
        assertThat(renamed.body()).contains("This map is archived. Restore it to edit.");
        JsonNode board = map(mapId);
        HttpResponse<String> card = alice.json("POST", API + "/maps/" + mapId + "/cards", "{\"version\":" + archivedVersion
                + ",\"laneId\":" + board.at("/lanes/0/id").asLong() + ",\"stageId\":" + board.at("/stages/0/id").asLong()
                + ",\"text\":\"Added while archived\"}");
        assertThat(card.statusCode()).as(card.body()).isEqualTo(400);
        HttpResponse<String> deleteCard = alice.json("DELETE", API + "/maps/" + mapId + "/cards/" + archivedCard[1]
                + "?version=" + archivedVersion, null);
        assertThat(deleteCard.statusCode()).as(deleteCard.body()).isEqualTo(400);
        HttpResponse<String> comment = alice.json("POST", API + "/maps/" + mapId + "/cards/" + archivedCard[1] + "/comments",
                "{\"text\":\"Commented while archived\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(400);
        JsonNode unchanged = map(mapId);
        assertThat(unchanged.get("version").asLong()).as("nothing written").isEqualTo(archivedVersion);
        assertThat(unchanged.get("title").asText()).isEqualTo("Checkout");
        assertThat(unchanged.get("cards")).hasSize(1);

        assertThat(priorityMaps()).as("out of the project's priorities").contains(kept).doesNotContain(mapId);
        assertThat(reviewMaps()).as("out of the project's reviews").contains(kept).doesNotContain(mapId);
        assertThat(statusMaps()).as("out of the project's work status").contains(kept).doesNotContain(mapId);
        JsonNode list = JiraBrowser.json(alice.get(API + "/maps?projectKey=SHOP"));
        List<Long> listed = ids(list, "/map/id");
        assertThat(listed).as("still listed, marked").contains(mapId);
        list.forEach(summary -> assertThat(summary.at("/map/archived").asBoolean()).isEqualTo(summary.at("/map/id").asLong() == mapId));
        String panel = alice.get(API + "/issues/" + SHOP_1 + "/panel").body();
        assertThat(panel).as("the issue still shows the archived map's pain point, marked")
                .contains("/plugins/servlet/journeymaps/map/" + mapId + "?card=", "Archived map");

        assertThat(post(bob, mapId, "restore", archivedVersion).statusCode()).as("a viewer may not restore").isEqualTo(403);
        HttpResponse<String> restored = post(alice, mapId, "restore", archivedVersion);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(restored).get("archived").asBoolean()).isFalse();
        assertThat(post(alice, mapId, "restore", archivedVersion + 1).statusCode()).as("restoring an active map").isEqualTo(400);
        HttpResponse<String> editedAgain = rename(mapId, archivedVersion + 1, "Checkout, restored");
        assertThat(editedAgain.statusCode()).as(editedAgain.body()).isEqualTo(200);
        assertThat(map(mapId).get("title").asText()).isEqualTo("Checkout, restored");
        assertThat(priorityMaps()).contains(kept, mapId);
        assertThat(reviewMaps()).contains(kept, mapId);
        assertThat(statusMaps()).contains(kept, mapId);

        JsonNode history = JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/history"));
        assertThat(history.findValuesAsText("summary")).contains("Archived the map", "Restored the map from the archive");
    }
}
