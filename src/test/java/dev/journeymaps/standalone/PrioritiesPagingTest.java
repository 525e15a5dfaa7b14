package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 (priorities page size): the ranked list shows 100 rows a page with Jira-style paging, and the page carries ONE score form (a template) instead of one per row, over real HTTP.
 */
class PrioritiesPagingTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final Pattern ROW = Pattern.compile("<tr id=\"jm-rank-(\\d+)\" class=\"jm-rank-row");
    private static RunningServer server;
    private static long mapId;

    @BeforeAll
    static void mapWith150PainPoints() {
        server = RunningServer.start(false);
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"PAGED\",\"title\":\"Long list\",\"type\":\"current-state\"}").json();
        mapId = map.get("id").asLong();
        long lane = 0;
        for (JsonNode candidate : map.get("lanes")) {
            if (candidate.get("kind").asText().equals("pain-points")) {
                lane = candidate.get("id").asLong();
            }
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        long version = map.get("version").asLong();
        for (int i = 1; i <= 150; i++) {
            RunningServer.Reply card = server.post(API + "/maps/" + mapId + "/cards",
                    "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"Pain " + i + "\"}");
            assertThat(card.status()).as(card.body()).isEqualTo(201);
            version = card.json().get("version").asLong();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String query) {
        RunningServer.Reply reply = server.get("/plugins/servlet/journeymaps/map/" + mapId + "/priorities" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    /** The card ids of the ranked rows, in order (unscored cards rank "–", so ids, not ranks). */
    private static java.util.List<Long> rows(String html) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            ids.add(Long.valueOf(row.group(1)));
        }
        return ids;
    }

    @Test
    void theFirstPageShowsTheFirstHundredRowsAndOneScoreForm() {
        String html = page("");

        assertThat(rows(html)).hasSize(100).doesNotHaveDuplicates();
        assertThat(html).contains("1\u2013100 of 150").doesNotContain("rel=\"prev\"");
        assertThat(html).contains("rel=\"next\" href=\"/plugins/servlet/journeymaps/map/" + mapId + "/priorities?sort=score&amp;page=2\"");
        assertThat(html.split("<form class=\"aui jm-triage-form\"", -1)).as("one score form, in the template").hasSize(2);
        assertThat(html.split("<details class=\"jm-triage\"", -1)).as("an Edit per row").hasSize(101);
    }

    @Test
    void theNextPageHoldsTheRestRankedOnAndAPagePastTheEndShowsTheLast() {
        java.util.List<Long> first = rows(page(""));
        String second = page("?sort=score&page=2");
        assertThat(rows(second)).hasSize(50).doesNotContainAnyElementsOf(first);
        java.util.Set<Long> all = new java.util.HashSet<>(first);
        all.addAll(rows(second));
        assertThat(all).as("every card on one of the two pages").hasSize(150);
        assertThat(second).contains("101\u2013150 of 150").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(rows(page("?page=99"))).isEqualTo(rows(second));
    }

    @Test
    void aPageThatIsNotANumberIsA400AndNamesTheParameter() {
        for (String bad : new String[] {"abc", "0", "-1", "1.5"}) {
            RunningServer.Reply reply = server.get("/plugins/servlet/journeymaps/map/" + mapId + "/priorities?page=" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.body()).as(bad).contains("page");
        }
    }
}
