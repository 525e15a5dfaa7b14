package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linked-work endpoints over real HTTP, against the standalone server with the offline demo. The demo's
 * status is checked first, before the other tests link and create.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkedWorkRestApiTest {
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

    private static JsonNode board() {
        return server.get(API + "/maps/" + mapId).json();
    }

    private static JsonNode status() {
        RunningServer.Reply reply = server.get(API + "/maps/" + mapId + "/status");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long cardId(String textStart) {
        for (JsonNode card : board().get("cards")) {
            if (card.get("text").asText().startsWith(textStart)) {
                return card.get("id").asLong();
            }
        }
        throw new AssertionError("No card " + textStart);
    }

    private static JsonNode cardStatus(JsonNode status, long cardId) {
        for (JsonNode card : status.get("cards")) {
            if (card.get("cardId").asLong() == cardId) {
                return card;
            }
        }
        throw new AssertionError("No status for card " + cardId);
    }

    private static long version() {
        return board().get("version").asLong();
    }

    @Test
    @Order(1)
    void theDemoMapsStatusShowsLinkedWorkPerCardStageAndMap() {
        JsonNode status = status();

        assertThat(status.get("stale").asBoolean()).isFalse();
        assertThat(status.get("jiraUnavailable").asBoolean()).isFalse();
        assertThat(status.get("asOf").asText()).isNotEmpty();
        JsonNode warehouse = cardStatus(status, cardId("Warehouse connection needs IT credentials"));
        assertThat(warehouse.get("state").asText()).isEqualTo("in-progress");
        assertThat(warehouse.get("progress").get("done").asInt()).isEqualTo(3);
        assertThat(warehouse.get("progress").get("total").asInt()).isEqualTo(8);
        JsonNode epic = warehouse.get("links").get(0).get("issue");
        assertThat(epic.get("key").asText()).isEqualTo("DEMO-12");
        assertThat(epic.get("statusCategory").asText()).isEqualTo("in-progress");
        assertThat(epic.get("assignee").asText()).isEqualTo("Priya Raman");
        assertThat(cardStatus(status, cardId("Mid-tier plan limits")).get("state").asText()).isEqualTo("verify-the-fix");
        assertThat(cardStatus(status, cardId("Trial expires")).get("state").asText()).isEqualTo("planned");
        assertThat(cardStatus(status, cardId("Kick-off call is booked")).get("state").asText()).isEqualTo("no-action");
        JsonNode map = status.get("map");
        assertThat(map.get("painPoints").asInt()).isEqualTo(9);
        assertThat(map.get("painPointsWithWork").asInt()).isEqualTo(5);
        assertThat(map.get("coverage").asDouble()).isEqualTo(5.0 / 9);
        assertThat(map.get("verifyTheFix").asInt()).isEqualTo(2);
        assertThat(status.get("stages")).hasSize(6);
        assertThat(status.get("stages").get(2).get("cardsWithWork").asInt()).isEqualTo(4); // Trial: 2 pain points + 2 opportunities
    }

    @Test
    @Order(2)
    void theProjectStatusRollsUpEveryMap() {
        RunningServer.Reply reply = server.get(API + "/projects/DEMO/status");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode row = reply.json().get("maps").get(0);
        assertThat(row.get("mapId").asLong()).isEqualTo(mapId);
        assertThat(row.get("work").get("coverage").asDouble()).isEqualTo(5.0 / 9);
        assertThat(server.get(API + "/projects/nope/status").status()).isEqualTo(400);
    }

    @Test
    void thePickerFindsIssuesByKeyAndTextAndRefusesAQueryWithoutTerms() {
        JsonNode byKey = server.get(API + "/issues/search?q=demo-12").json();
        assertThat(byKey.get("issues")).hasSize(1);
        assertThat(byKey.get("issues").get(0).get("summary").asText()).isEqualTo("Guided warehouse connection for trials");
        JsonNode byText = server.get(API + "/issues/search?q=pricing").json();
        assertThat(byText.get("issues").get(0).get("key").asText()).isEqualTo("DEMO-15");

        assertThat(server.get(API + "/issues/search").status()).isEqualTo(400);
        RunningServer.Reply jql = server.get(API + "/issues/search?jql=project%20%3D%20DEMO");
        assertThat(jql.status()).isEqualTo(400);
        assertThat(jql.json().get("errorMessages").get(0).asText()).contains("needs a Jira");
    }

    @Test
    void linkingTwiceKeepsOneLinkAndUnlinkingRemovesIt() {
        long card = cardId("Reviews don't say");
        long v = version();

        RunningServer.Reply first = server.post(API + "/maps/" + mapId + "/cards/" + card + "/links",
                "{\"version\":" + v + ",\"issueKey\":\"DEMO-31\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("version").asLong()).isEqualTo(v + 1);
        assertThat(first.json().get("link").get("issueKey").asText()).isEqualTo("DEMO-31");

        RunningServer.Reply again = server.post(API + "/maps/" + mapId + "/cards/" + card + "/links",
                "{\"version\":" + (v + 1) + ",\"issueId\":10108}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(v + 1);
        assertThat(cardStatus(status(), card).get("links")).hasSize(1);

        RunningServer.Reply unlinked = server.delete(API + "/maps/" + mapId + "/cards/" + card + "/links/10108?version=" + (v + 1));
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().get("version").asLong()).isEqualTo(v + 2);
        assertThat(cardStatus(status(), card).get("links")).isEmpty();
        assertThat(server.delete(API + "/maps/" + mapId + "/cards/" + card + "/links/10108?version=" + (v + 2)).status())
                .isEqualTo(404);

        JsonNode history = server.get(API + "/maps/" + mapId + "/history").json();
        String text = history.get(0).get("subject").asText();
        assertThat(text).startsWith("Reviews don't say");
        assertThat(history.get(0).get("summary").asText()).isEqualTo("Unlinked DEMO-31 from '" + text + "'");
        assertThat(history.get(1).get("summary").asText()).isEqualTo("Linked DEMO-31 to '" + text + "'");
    }

    @Test
    void linkingIsRefusedForOtherLanesStaleVersionsAndUnknownIssues() {
        long touchpoint = board().get("cards").get(0).get("id").asLong();
        long painPoint = cardId("Security questionnaire");
        long v = version();

        RunningServer.Reply otherLane = server.post(API + "/maps/" + mapId + "/cards/" + touchpoint + "/links",
                "{\"version\":" + v + ",\"issueKey\":\"DEMO-31\"}");
        assertThat(otherLane.status()).as(otherLane.body()).isEqualTo(400);
        assertThat(otherLane.json().get("errors").get("cardId").asText()).contains("pain points and opportunities");

        RunningServer.Reply stale = server.post(API + "/maps/" + mapId + "/cards/" + painPoint + "/links",
                "{\"version\":1,\"issueKey\":\"DEMO-31\"}"); // before the card was on the map: a real conflict
        assertThat(stale.status()).isEqualTo(409);

        RunningServer.Reply unknown = server.post(API + "/maps/" + mapId + "/cards/" + painPoint + "/links",
                "{\"version\":" + v + ",\"issueKey\":\"DEMO-999\"}");
        assertThat(unknown.status()).isEqualTo(404);
        RunningServer.Reply noIssue = server.post(API + "/maps/" + mapId + "/cards/" + painPoint + "/links", "{\"version\":" + v + "}");
        assertThat(noIssue.status()).isEqualTo(400);
        assertThat(version()).isEqualTo(v);
    }

    @Test
    void creatingAnIssueFromACardLinksItAtOnce() {
        long card = cardId("Demo data looks nothing like");
        long v = version();

        RunningServer.Reply created = server.post(API + "/maps/" + mapId + "/cards/" + card + "/issues",
                "{\"version\":" + v + ",\"issueType\":\"Epic\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode issue = created.json().get("link").get("issue");
        assertThat(issue.get("key").asText()).startsWith("DEMO-");
        assertThat(issue.get("issueType").asText()).isEqualTo("Epic");
        assertThat(issue.get("summary").asText()).isEqualTo("Demo data looks nothing like a real warehouse");
        assertThat(created.json().get("version").asLong()).isEqualTo(v + 1);
        assertThat(cardStatus(status(), card).get("state").asText()).isEqualTo("planned");
        assertThat(server.post(API + "/maps/" + mapId + "/cards/" + card + "/issues", "{\"version\":" + (v + 1) + "}").status())
                .isEqualTo(400); // no issue type
    }

    @Test
    void anIssueListsThePainPointsAndOpportunitiesItAddresses() {
        RunningServer.Reply reply = server.get(API + "/issues/10101/cards");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, String> stageByText = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        reply.json().forEach(card -> {
            stageByText.put(card.get("text").asText(), card.get("stageName").asText());
            kinds.add(card.get("kind").asText());
            assertThat(card.get("mapTitle").asText()).isNotEmpty();
            // the evidence count is the editor's evidence on that card, as the map itself shows it
            long cardId = card.get("cardId").asLong();
            int onMap = 0;
            for (var mapCard : server.get(API + "/maps/" + card.get("mapId").asLong()).json().get("cards")) {
                onMap += mapCard.get("id").asLong() == cardId ? mapCard.get("evidence").size() : 0;
            }
            assertThat(card.get("evidenceCount").asInt()).as(card.get("text").asText()).isEqualTo(onMap);
        });
        assertThat(stageByText).hasSize(2).containsValue("Trial");
        assertThat(kinds).containsExactlyInAnyOrder("pain-points", "opportunities");
        assertThat(server.get(API + "/issues/424242/cards").json()).isEmpty();
    }

    @Test
    void theIssuePanelFragmentIsTheHtmlJirasIssueViewShows() {
        RunningServer.Reply reply = server.get(API + "/issues/10101/panel");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("<div class=\"jm-issue-panel\">")
                .contains("Warehouse connection needs IT credentials", "Send IT a ready-made credentials request",
                        "href=\"" + server.url("/plugins/servlet/journeymaps/map/" + mapId) + "\"", "/ Trial:", "Pain points");
        // each card links to its own address on the map, which opens it in the side panel
        assertThat(reply.body()).containsPattern("href=\"" + java.util.regex.Pattern.quote(server.url("/plugins/servlet/journeymaps/map/" + mapId))
                + "\\?card=\\d+\">Warehouse connection needs IT credentials[^<]*</a>");
        assertThat(server.get(API + "/issues/424242/panel").body()).contains("is not linked to any pain point");
    }
}
