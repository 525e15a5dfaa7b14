package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.web.IssueUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sets Jira's JQL functions stand for, over real HTTP in the standalone host (offline demo): the same issues the
 * map's status shows linked, by kind, map and stage, with the {@code id in (…)} JQL for "Open in Jira".
 */
class IssueSetsRestApiTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static RunningServer server;
    private static JsonNode map;

    @BeforeAll
    static void start() {
        server = RunningServer.start(true);
        map = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode set(String query) {
        RunningServer.Reply reply = server.get(API + "/projects/DEMO/issue-sets/" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Set<Long> ids(JsonNode set) {
        Set<Long> ids = new TreeSet<>();
        set.get("issueIds").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    @Test
    void theJourneysIssuesAreThoseItsCardsAreLinkedTo() {
        Set<Long> linked = new TreeSet<>();
        server.get(API + "/maps/" + map.get("id").asLong() + "/status").json().get("cards")
                .forEach(card -> card.get("links").forEach(link -> linked.add(link.get("issueId").asLong())));

        JsonNode journey = set("journey");

        assertThat(linked).isNotEmpty();
        assertThat(ids(journey)).isEqualTo(linked);
        assertThat(journey.get("jql").asText()).startsWith("id in (").contains(String.valueOf(linked.iterator().next()));
        assertThat(journey.get("jiraUrl").asText()).as("no Jira in the offline demo").isEmpty();
    }

    @Test
    void painPointsAndOpportunitiesSplitTheJourney() {
        Set<Long> both = new TreeSet<>(ids(set("pain-points")));
        both.addAll(ids(set("opportunities")));

        assertThat(both).isEqualTo(ids(set("journey")));
        assertThat(ids(set("pain-points"))).isNotEmpty();
    }

    @Test
    void aMapByTitleAndOneOfItsStages() {
        String title = URLEncoder.encode(map.get("title").asText(), StandardCharsets.UTF_8);
        assertThat(ids(set("journey?map=" + title))).isEqualTo(ids(set("journey")));

        JsonNode board = server.get(API + "/maps/" + map.get("id").asLong()).json();
        Set<Long> byStage = new TreeSet<>();
        for (JsonNode stage : board.get("stages")) {
            byStage.addAll(ids(set("journey?map=" + map.get("id").asLong() + "&stage="
                    + URLEncoder.encode(stage.get("name").asText(), StandardCharsets.UTF_8))));
        }
        assertThat(byStage).isEqualTo(ids(set("journey")));
    }

    @Test
    void unknownKindsMapsAndStagesAreNamed() {
        RunningServer.Reply kind = server.get(API + "/projects/DEMO/issue-sets/bugs");
        RunningServer.Reply unknownMap = server.get(API + "/projects/DEMO/issue-sets/journey?map=Nope");
        RunningServer.Reply unknownStage = server.get(API + "/projects/DEMO/issue-sets/journey?map="
                + map.get("id").asLong() + "&stage=Nowhere");

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("Unknown issue set");
        assertThat(unknownMap.status()).isEqualTo(400);
        assertThat(unknownMap.body()).contains("No journey map \\\"Nope\\\" in project DEMO");
        assertThat(unknownStage.status()).isEqualTo(400);
        assertThat(unknownStage.body()).contains("No stage \\\"Nowhere\\\"");
    }

    @Test
    void withAJiraTheSetOpensInJirasIssueNavigator() {
        assertThat(IssueUrls.under("https://jira.example.com/").search("id in (10001, 10002)"))
                .isEqualTo("https://jira.example.com/issues/?jql=id+in+%2810001%2C+10002%29");
        assertThat(IssueUrls.under("https://jira.example.com").search("")).isEmpty();
        assertThat(IssueUrls.NONE.search("id in (1)")).isEmpty();
    }
}
