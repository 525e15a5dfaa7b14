package dev.journeymaps.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.TestServers;
import dev.journeymaps.store.embedded.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance for moving maps: export the demo project from an H2 instance, import it into a PostgreSQL
 * instance (and back into H2) under another project key, export again: the documents are equal after the key mapping.
 * A preview writes nothing, a second import creates nothing, and bad files (not JSON, cut off half way, another schema
 * version, invalid content) are 400 with the reason and where, leaving nothing behind. Reviews and snapshots (one naming
 * a card since deleted) travel with the maps; a document of schema 1.0 (without them) still imports, idempotently.
 */
class ExchangeRoundTripTest {
    @TempDir
    static Path h2Dir;
    private static StandaloneServer h2;
    private static StandaloneServer postgresServer;
    private static EmbeddedPostgres postgres;
    private static Http source;
    private static Http target;
    private static JsonNode demo;

    @BeforeAll
    static void start() throws Exception {
        h2 = TestServers.h2(h2Dir, true);
        postgres = EmbeddedPostgres.builder().start();
        postgresServer = TestServers.on(new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        source = new Http(h2);
        target = new Http(postgresServer);
        reviewWithHistory(source);
        demo = source.json("/projects/DEMO/export/json");
    }

    @AfterAll
    static void stop() throws Exception {
        postgresServer.close();
        h2.close();
        postgres.close();
    }

    @Test
    void theDemoProjectRoundTripsThroughPostgresqlAndH2UnderAnotherKey() {
        assertThat(demo.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(demo.get("maps")).isNotEmpty();
        assertThat(demo.findValues("links").stream().mapToInt(JsonNode::size).sum()).as("links in the demo").isPositive();
        assertThat(demo.findValues("evidence").stream().mapToInt(JsonNode::size).sum()).as("evidence in the demo").isPositive();
        assertThat(demo.findValues("assumption").stream().filter(JsonNode::asBoolean).count())
                .as("the evidence marked as an assumption travels as such").isEqualTo(1);
        assertThat(demo.findValues("comments").stream().filter(c -> !c.isNull()).flatMap(c -> java.util.stream.StreamSupport
                .stream(c.spliterator(), false)).map(c -> c.get("text").asText()).toList())
                .as("the card's comment travels, text as written").containsExactly("Heard twice <b>this week</b> & more");
        for (Http host : new Http[] {target, source}) {
            String key = host == target ? "MOVED" : "COPY";
            JsonNode preview = host.post("/projects/" + key + "/import?preview=true", demo.toString()).json();
            assertThat(preview.get("preview").asBoolean()).isTrue();
            assertThat(preview.get("maps")).allSatisfy(m -> assertThat(m.get("action").asText()).isEqualTo("create"));
            assertThat(host.json("/maps?projectKey=" + key)).as("a preview writes nothing").isEmpty();

            Http.Reply imported = host.post("/projects/" + key + "/import", demo.toString());
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
            JsonNode again = host.json("/projects/" + key + "/export/json");
            ObjectNode expected = demo.deepCopy();
            expected.put("projectKey", key);
            assertThat(again).isEqualTo(expected);

            int maps = host.json("/maps?projectKey=" + key).size();
            JsonNode second = host.post("/projects/" + key + "/import", demo.toString()).json();
            assertThat(second.get("maps")).allSatisfy(m -> assertThat(m.get("action").asText()).isEqualTo("unchanged"));
            assertThat(second.get("personasCreated")).isEmpty();
            assertThat(host.json("/maps?projectKey=" + key)).as("importing twice creates nothing new").hasSize(maps);
        }
    }

    /**
     * The first demo map gets a review (a snapshot with it), then loses a card and gets a second snapshot with a
     * hostile label: so the document carries a review cadence and snapshots naming a card that is no longer on the map.
     */
    private static void reviewWithHistory(Http http) {
        JsonNode map = http.json("/maps/" + http.json("/maps?projectKey=DEMO").get(0).get("map").get("id").asLong());
        long id = map.get("id").asLong();
        long version = map.get("version").asLong();
        Http.Reply reviewed = http.post("/maps/" + id + "/review", "{\"version\":" + version + ",\"label\":\"Quarterly\"}");
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
        long card = map.get("cards").get(0).get("id").asLong();
        Http.Reply deleted = http.delete("/maps/" + id + "/cards/" + card + "?version=" + (version + 1));
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        Http.Reply taken = http.post("/maps/" + id + "/snapshots", "{\"version\":" + (version + 2) + ",\"label\":\"<b>after</b> & 'cut'\"}");
        assertThat(taken.status()).as(taken.text()).isIn(200, 201);
        long painLane = 0;
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                painLane = lane.get("id").asLong();
            }
        }
        long other = 0;
        for (JsonNode c : map.get("cards")) {
            if (c.get("laneId").asLong() == painLane && c.get("id").asLong() != card) {
                other = c.get("id").asLong();
            }
        }
        Http.Reply assumed = http.post("/maps/" + id + "/cards/" + other + "/evidence", "{\"version\":" + (version + 3)
                + ",\"type\":\"interview\",\"quote\":\"We think so\",\"assumption\":true}");
        assertThat(assumed.status()).as(assumed.text()).isIn(200, 201);
        Http.Reply commented = http.post("/maps/" + id + "/cards/" + other + "/comments",
                "{\"text\":\"Heard twice <b>this week</b> & more\"}");
        assertThat(commented.status()).as(commented.text()).isIn(200, 201);
    }

    @Test
    void reviewsAndSnapshotsTravelAndOlderDocumentsStillImport() throws Exception {
        JsonNode first = demo.get("maps").findValues("snapshots").stream().filter(s -> s.size() == 2).findFirst().orElseThrow();
        assertThat(demo.get("schemaMinor").asInt()).isEqualTo(3);
        assertThat(first.get(0).get("label").asText()).isEqualTo("Quarterly");
        assertThat(first.get(0).get("cards").findValuesAsText("card")).as("the deleted card, by a negative number").contains("-1");
        assertThat(first.get(1).get("cards").findValuesAsText("card")).doesNotContain("-1");
        assertThat(demo.findValues("review").stream().filter(r -> !r.isNull()).findFirst().orElseThrow().get("lastReviewedAt").asText())
                .isNotEmpty();
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/export-schema.json")), InputFormat.JSON)
                .validate(demo.toString(), InputFormat.JSON)).as("the document with reviews and snapshots follows the schema").isEmpty();

        ObjectNode older = demo.deepCopy();
        older.remove("schemaMinor");
        older.get("maps").forEach(m -> ((ObjectNode) m).remove(List.of("review", "snapshots")));
        Http.Reply imported = target.post("/projects/OLDER/import", older.toString());
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        JsonNode again = target.json("/projects/OLDER/export/json");
        assertThat(again.get("maps").findValues("snapshots")).allSatisfy(s -> assertThat(s).isEmpty());
        assertThat(again.get("maps").findValues("review")).allSatisfy(r -> assertThat(r.isNull()).isTrue());
        JsonNode twice = target.post("/projects/OLDER/import", older.toString()).json();
        assertThat(twice.get("maps")).allSatisfy(m -> assertThat(m.get("action").asText()).isEqualTo("unchanged"));

        ObjectNode bad = demo.deepCopy();
        ObjectNode snapshot = (ObjectNode) bad.get("maps").findValues("snapshots").stream().filter(s -> s.size() == 2).findFirst()
                .orElseThrow().get(0);
        snapshot.put("takenAt", "yesterday");
        ((ObjectNode) snapshot.get("cards").get(0)).put("card", 99999);
        ObjectNode comment = (ObjectNode) bad.findValues("comments").stream().filter(c -> !c.isNull()).findFirst().orElseThrow().get(0);
        comment.put("text", "").put("createdAt", "noon");
        JsonNode errors = assertBad(target.post("/projects/BADSNAP/import", bad.toString()), "").get("errors");
        assertThat(errors.toString()).contains("comments[0].text", "comments[0].createdAt");
        assertThat(errors.toString()).contains("snapshots[0].takenAt");
        assertThat(target.json("/maps?projectKey=BADSNAP")).as("nothing written").isEmpty();
    }

    @Test
    void usersTheTargetDoesNotKnowAreListedAndKept() {
        ObjectNode doc = demo.deepCopy();
        ((ObjectNode) doc.get("maps").get(0)).put("owner", "ghost.user");
        JsonNode report = target.post("/projects/GHOST/import", doc.toString()).json();
        assertThat(report.get("unmatchedUsers")).extracting(JsonNode::asText).contains("ghost.user");
        assertThat(target.json("/projects/GHOST/export/json").get("maps").get(0).get("owner").asText()).isEqualTo("ghost.user");

        JsonNode renamed = target.post("/projects/RENAMED/import?user=ghost.user=alice", doc.toString()).json();
        assertThat(renamed.get("unmatchedUsers")).extracting(JsonNode::asText).doesNotContain("ghost.user");
        assertThat(target.json("/projects/RENAMED/export/json").get("maps").get(0).get("owner").asText()).isEqualTo("alice");
    }

    @Test
    void badFilesAre400WithTheReasonAndWhereAndLeaveNothingBehind() {
        String text = demo.toString();
        assertBad(target.post("/projects/BAD/import", "this is not JSON"), "line");
        // cut off half way: Jackson names where it stopped reading, as a path into the document
        assertBad(target.post("/projects/BAD/import", text.substring(0, text.length() / 2)), "maps[0]");

        ObjectNode version = demo.deepCopy();
        version.put("schemaVersion", 2);
        assertThat(assertBad(target.post("/projects/BAD/import", version.toString()), "").get("errors").has("schemaVersion")).isTrue();

        ObjectNode corrupted = demo.deepCopy();
        JsonNode cards = corrupted.get("maps").get(0).get("cards");
        ((ObjectNode) cards.get(cards.size() / 2)).put("text", "");
        ((ObjectNode) cards.get(cards.size() - 1)).put("stage", 99);
        JsonNode errors = assertBad(target.post("/projects/BAD/import", corrupted.toString()), "").get("errors");
        assertThat(errors.has("maps[0].cards[" + cards.size() / 2 + "].text")).as(errors.toString()).isTrue();
        assertThat(errors.has("maps[0].cards[" + (cards.size() - 1) + "]")).as(errors.toString()).isTrue();

        ObjectNode unknown = demo.deepCopy();
        ((ObjectNode) unknown.get("maps").get(0)).put("colour", "red");
        assertThat(assertBad(target.post("/projects/BAD/import", unknown.toString()), "").get("errors").toString()).contains("colour");

        assertThat(target.json("/maps?projectKey=BAD")).as("nothing written").isEmpty();
        assertThat(target.json("/personas?projectKey=BAD")).isEmpty();
    }

    private static JsonNode assertBad(Http.Reply reply, String text) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains(text);
        return reply.json();
    }
}
