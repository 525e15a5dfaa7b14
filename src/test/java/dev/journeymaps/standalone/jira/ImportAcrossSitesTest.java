package dev.journeymaps.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.standalone.FakeJiraServer;
import dev.journeymaps.standalone.JiraBrowser;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Issue 16, point 3 — moving a map to another Jira site — over HTTP against the stand-in Jira (Data Center and Cloud). A
 * document from the old site links a pain point to OLD-1 (id 555 there; on this site SHOP-1, found by key through the
 * project mapping OLD=SHOP), to GONE-9 (no such key here, but id 20007 is SHOP-7 here: found by id) and to OLD-42 (id
 * 999: found neither way). The preview and the import report say so; the import keeps OLD-42 as an unresolved link the
 * card shows as "Unresolved: OLD-42 from the old site", which the export carries on ({@code unresolved: true}) and the
 * user can remove; importing again changes nothing.
 */
class ImportAcrossSitesTest {
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
    void linksResolveByKeyThenByIdAndTheRestStayUnresolvedForTheUserToFix(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"))
                .with(new FakeJiraServer.Issue(20007, "SHOP-7", "Guest checkout", "Story", "To Do", "new"));
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ZERO, Duration.ZERO);
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        String doc = document().toString();

        JsonNode preview = JiraBrowser.json(alice.json("POST", API + "/projects/SHOP/import?preview=true&issueProject=OLD=SHOP", doc));
        assertThat(preview.path("issues").path("byKey").asInt()).as(preview.toString()).isEqualTo(1);
        assertThat(preview.path("issues").path("byId").asInt()).isEqualTo(1);
        assertThat(preview.path("issues").path("unresolved")).hasSize(1);
        JsonNode unresolved = preview.path("issues").path("unresolved").get(0);
        assertThat(unresolved.path("issueKey").asText()).isEqualTo("OLD-42");
        assertThat(unresolved.path("issueId").asLong()).isEqualTo(999);
        assertThat(unresolved.path("map").asText()).isEqualTo("Checkout");
        assertThat(unresolved.path("card").asText()).isEqualTo("Payment fails");
        assertThat(JiraBrowser.json(alice.get(API + "/maps?projectKey=SHOP"))).as("a preview writes nothing").isEmpty();

        HttpResponse<String> imported = alice.json("POST", API + "/projects/SHOP/import?issueProject=OLD=SHOP", doc);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = JiraBrowser.json(imported);
        assertThat(report.path("issues")).isEqualTo(preview.path("issues"));
        long mapId = report.path("maps").get(0).path("mapId").asLong();
        int asked = jira.received.size();

        JsonNode exported = JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/export/json"));
        JsonNode links = exported.path("maps").get(0).path("cards").get(0).path("links");
        assertThat(links).hasSize(3);
        assertThat(links.get(0).path("issueId").asLong()).isEqualTo(999);
        assertThat(links.get(0).path("issueKey").asText()).isEqualTo("OLD-42");
        assertThat(links.get(0).path("unresolved").asBoolean()).isTrue();
        assertThat(links.get(1).path("issueId").asLong()).isEqualTo(20001);
        assertThat(links.get(1).path("issueKey").asText()).isEqualTo("SHOP-1");
        assertThat(links.get(1).path("unresolved").asBoolean()).isFalse();
        assertThat(links.get(2).path("issueId").asLong()).isEqualTo(20007);
        assertThat(links.get(2).path("issueKey").asText()).isEqualTo("SHOP-7");

        String page = alice.get("/plugins/servlet/journeymaps/map/" + mapId).body();
        assertThat(page).contains("Unresolved: OLD-42 from the old site").contains("SHOP-1").contains("SHOP-7");
        assertThat(jira.received.subList(asked, jira.received.size())).as("once imported, the unresolved link's id is never asked of Jira")
                .noneMatch(r -> String.valueOf(r.rawQuery()).contains("999") || String.valueOf(r.body()).contains("999"));

        JsonNode again = JiraBrowser.json(alice.json("POST", API + "/projects/SHOP/import?issueProject=OLD=SHOP", doc));
        assertThat(again.path("maps").get(0).path("action").asText()).as("importing again changes nothing").isEqualTo("unchanged");

        JsonNode map = JiraBrowser.json(alice.get(API + "/maps/" + mapId));
        long cardId = map.path("cards").get(0).path("id").asLong();
        HttpResponse<String> removed = alice.json("DELETE", API + "/maps/" + mapId + "/cards/" + cardId + "/links/-999?version="
                + map.path("version").asLong(), null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(alice.get(API + "/maps/" + mapId + "/export/json")).path("maps").get(0).path("cards").get(0)
                .path("links")).hasSize(2);
    }

    /** A one-map document as the old site would export it (schema 1.0: no reviews or snapshots; every field an export writes). */
    private static ObjectNode document() {
        ObjectNode doc = new ObjectMapper().createObjectNode().put("schemaVersion", 1).put("kind", "project").put("projectKey", "OLD");
        doc.putArray("personas");
        ObjectNode map = doc.putArray("maps").addObject().put("title", "Checkout").put("type", "current-state").put("owner", "")
                .put("scoringMethod", "impact-feasibility");
        map.putObject("scope").put("persona", "").put("journey", "").put("goal", "").put("purpose", "");
        map.putArray("stages").add("Pay");
        map.putArray("lanes").addObject().put("kind", "pain-points").put("title", "Pain points").put("hidden", false);
        ObjectNode card = map.putArray("cards").addObject().put("stage", 0).put("lane", 0).put("text", "Payment fails").put("owner", "")
                .put("details", "");
        card.putObject("scores");
        card.putArray("evidence");
        ArrayNode links = card.putArray("links");
        links.addObject().put("issueId", 555).put("issueKey", "OLD-1");
        links.addObject().put("issueId", 20007).put("issueKey", "GONE-9");
        links.addObject().put("issueId", 999).put("issueKey", "OLD-42");
        return doc;
    }
}
