package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restoring a snapshot over real HTTP on the demo map: the preview says what changes, a stale version is a 409 that
 * changes nothing, the restore brings the deleted card back (with its evidence, owner and links) as one new version,
 * audited, after a snapshot of the map as it was.
 */
class SnapshotRestoreRestTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static RunningServer server;
    private static long mapId;

    @BeforeAll
    static void start() {
        server = RunningServer.start(true);
        mapId = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path) {
        RunningServer.Reply reply = server.get(API + path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode priorityOf(String text) {
        for (JsonNode card : get("/maps/" + mapId + "/priorities").get("cards")) {
            if (card.get("text").asText().equals(text)) {
                return card;
            }
        }
        return null;
    }

    @Test
    void aSnapshotIsRestoredAsOneNewAuditedVersionAfterASafetySnapshotAndAStaleVersionChangesNothing() {
        JsonNode full = null;
        for (JsonNode card : get("/maps/" + mapId + "/priorities").get("cards")) {
            if (!card.get("owner").isNull() && card.get("evidence").get("items").asInt() > 0
                    && card.get("linkedWork").get("issues").asInt() > 0) {
                full = card;
                break;
            }
        }
        assertThat(full).as("a demo card with owner, evidence and links").isNotNull();
        String text = full.get("text").asText();
        String snapshots = API + "/maps/" + mapId + "/snapshots";
        long version = get("/maps/" + mapId).get("version").asLong();
        RunningServer.Reply taken = server.post(snapshots, "{\"version\":" + version + ",\"label\":\"Before cleanup\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        long snapshotId = taken.json().get("snapshot").get("id").asLong();
        int stages = get("/maps/" + mapId).get("stages").size();

        RunningServer.Reply deleted = server.delete(API + "/maps/" + mapId + "/cards/" + full.get("cardId").asLong()
                + "?version=" + (version + 1));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(priorityOf(text)).isNull();
        long now = get("/maps/" + mapId).get("version").asLong();

        JsonNode preview = get("/maps/" + mapId + "/snapshots/" + snapshotId + "/restore");
        assertThat(preview.get("version").asLong()).isEqualTo(now);
        assertThat(preview.get("cardsAdded").asInt()).isEqualTo(1);
        assertThat(preview.get("cardsRemoved").asInt()).isZero();
        assertThat(preview.get("stagesAdded").asInt()).isZero();

        RunningServer.Reply stale = server.post(snapshots + "/" + snapshotId + "/restore", "{\"version\":" + (now - 1) + "}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(get("/maps/" + mapId).get("version").asLong()).isEqualTo(now);
        assertThat(priorityOf(text)).isNull();
        int snapshotCount = get("/maps/" + mapId + "/snapshots").size();

        RunningServer.Reply restored = server.post(snapshots + "/" + snapshotId + "/restore", "{\"version\":" + now + "}");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("version").asLong()).isEqualTo(now + 1);
        assertThat(restored.json().get("snapshot").get("label").asText()).isEqualTo("Before restoring 'Before cleanup'");

        assertThat(get("/maps/" + mapId).get("version").asLong()).isEqualTo(now + 1);
        assertThat(get("/maps/" + mapId).get("stages").size()).isEqualTo(stages);
        JsonNode back = priorityOf(text);
        assertThat(back).isNotNull();
        assertThat(back.get("owner").get("key").asText()).isEqualTo(full.get("owner").get("key").asText());
        assertThat(back.get("evidence").get("items").asInt()).isEqualTo(full.get("evidence").get("items").asInt());
        assertThat(back.get("linkedWork").get("issues").asInt()).isEqualTo(full.get("linkedWork").get("issues").asInt());
        assertThat(back.get("impact")).isEqualTo(full.get("impact"));
        assertThat(get("/maps/" + mapId + "/snapshots").size()).isEqualTo(snapshotCount + 1);
        JsonNode latest = get("/maps/" + mapId + "/history").get(0);
        assertThat(latest.get("action").asText()).isEqualTo("map.restored");
        assertThat(latest.get("version").asLong()).isEqualTo(now + 1);
        assertThat(latest.get("summary").asText()).startsWith("Restored snapshot 'Before cleanup'");
        List<String> actions = new ArrayList<>();
        get("/maps/" + mapId + "/history").forEach(e -> actions.add(e.get("version").asLong() == now + 1 ? e.get("action").asText() : ""));
        assertThat(actions.stream().filter(a -> !a.isEmpty())).containsExactly("map.restored");
    }

    @Test
    void anUnknownSnapshotIsA404AndAMissingVersionA400() {
        RunningServer.Reply unknown = server.post(API + "/maps/" + mapId + "/snapshots/999999/restore",
                "{\"version\":" + get("/maps/" + mapId).get("version").asLong() + "}");
        assertThat(unknown.status()).isEqualTo(404);
        long version = get("/maps/" + mapId).get("version").asLong();
        long snapshotId = server.post(API + "/maps/" + mapId + "/snapshots", "{\"version\":" + version + "}").json()
                .get("snapshot").get("id").asLong();
        RunningServer.Reply noVersion = server.post(API + "/maps/" + mapId + "/snapshots/" + snapshotId + "/restore", "{}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(get("/maps/" + mapId).get("version").asLong()).isEqualTo(version + 1);
    }
}
