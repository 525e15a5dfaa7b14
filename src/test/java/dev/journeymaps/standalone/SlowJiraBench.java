package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 4 (BENCHMARKS.md, "A slow Jira"): a map linked to {@code bench.jira.issues} issues (default 5,000)
 * of a Data Center stand-in, its cache gone stale, then Jira answering every call in {@code bench.jira.delayMs}
 * (default 100 ms). Measured: how long the first view takes (it must answer from the cache within its wait bound), how
 * long until a view is fresh, and, with 4 views of the same map at once, how many ids Jira was asked for more than once.
 * Not a test: bench profile only; asserts that every request succeeded and the views' contents, never time.
 */
class SlowJiraBench {
    private static final int ISSUES = Integer.getInteger("bench.jira.issues", 5_000);
    private static final int DELAY_MS = Integer.getInteger("bench.jira.delayMs", 100);
    private static final int PER_CARD = 100;
    private static final Duration MAX_AGE = Duration.ofSeconds(10);
    private static final Path OUT = Path.of("target/bench/slow-jira.md");

    @TempDir
    Path dataDir;

    @Test
    void aStaleMapOfManyIssuesAgainstASlowJira() throws Exception {
        try (FakeJiraServer jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER)) {
            List<String> keys = new ArrayList<>();
            for (int i = 1; i <= ISSUES; i++) {
                jira.with(new FakeJiraServer.Issue(100_000 + i, "SHOP-" + i, "Work " + i, "Story", "In Progress", "indeterminate"));
                keys.add("SHOP-" + i);
            }
            StandaloneServer server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(10), MAX_AGE);
            try {
                JiraBrowser alice = new JiraBrowser(server);
                alice.signIn(jira, "alice");
                long started = System.nanoTime();
                long mapId = linkedMap(alice, keys);
                double buildSeconds = (System.nanoTime() - started) / 1e9;
                // A map someone has looked at: three views warm the server; the next, with every issue fresh in
                // the cache, is the view's own work at this size, without Jira (what a stale view adds is the wait).
                for (int warmUp = 0; warmUp < 3; warmUp++) {
                    status(alice, mapId);
                }
                long warmStart = System.nanoTime();
                assertThat(shownIssues(status(alice, mapId))).isEqualTo(ISSUES);
                double freshView = (System.nanoTime() - warmStart) / 1e6;

                Thread.sleep(MAX_AGE.toMillis() + 1_000); // every cached issue is now past its max age
                jira.behaviour.delay = Duration.ofMillis(DELAY_MS);
                int before = jira.received.size();
                long viewStart = System.nanoTime();
                JsonNode first = status(alice, mapId);
                double firstView = (System.nanoTime() - viewStart) / 1e6;
                assertThat(shownIssues(first)).as("the stale view shows the cache").isEqualTo(ISSUES);
                boolean firstMarked = first.path("jiraUnavailable").asBoolean();
                double fresh = -1;
                while ((System.nanoTime() - viewStart) / 1e9 < 60) {
                    JsonNode view = status(alice, mapId);
                    if (!view.path("jiraUnavailable").asBoolean() && shownIssues(view) == ISSUES) {
                        fresh = (System.nanoTime() - viewStart) / 1e9;
                        break;
                    }
                    Thread.sleep(200);
                }
                int[] oneView = askedFor(jira.received.subList(before, jira.received.size()));

                Thread.sleep(MAX_AGE.toMillis() + 1_000);
                before = jira.received.size();
                ExecutorService views = Executors.newFixedThreadPool(4);
                List<Future<JsonNode>> answers = new ArrayList<>();
                long fourStart = System.nanoTime();
                for (int i = 0; i < 4; i++) {
                    answers.add(views.submit(() -> status(alice, mapId)));
                }
                for (Future<JsonNode> answer : answers) {
                    assertThat(shownIssues(answer.get())).isEqualTo(ISSUES);
                }
                double slowestOfFour = (System.nanoTime() - fourStart) / 1e6;
                views.shutdown();
                Thread.sleep(3 * (ISSUES / PER_CARD) * DELAY_MS + 2_000L); // let the refresh behind the views finish
                int[] fourViews = askedFor(jira.received.subList(before, jira.received.size()));

                String table = String.format("""
                        ## A slow Jira (issue 14, point 4) — %,d linked issues, Jira answering each call in %d ms (Data Center stand-in)

                        | what | figure |
                        |---|---|
                        | linking %,d issues through the API (%d cards × %d links, Jira at full speed) | %.0f s |
                        | a view with every issue fresh in the cache (the view's own work, no Jira call) | %.0f ms |
                        | first view of the stale map (answers from the cache, marked: %s) | %.0f ms |
                        | until a view shows every issue fresh | %.1f s |
                        | one view: searches / ids asked / distinct ids | %d / %,d / %,d |
                        | 4 views at once: searches / ids asked / distinct ids | %d / %,d / %,d |
                        | 4 views at once: until the slowest answered | %.0f ms |

                        Load average when measured: %s
                        """, ISSUES, DELAY_MS, ISSUES, (ISSUES + PER_CARD - 1) / PER_CARD, PER_CARD, buildSeconds, freshView, firstMarked, firstView, fresh, oneView[0], oneView[1], oneView[2],
                        fourViews[0], fourViews[1], fourViews[2], slowestOfFour, Files.readString(Path.of("/proc/loadavg")).trim());
                System.out.println(table);
                Files.createDirectories(OUT.getParent());
                Files.writeString(OUT, table);
            } finally {
                server.close();
            }
        }
    }

    /** A map in SHOP whose cards are linked to the issues, {@value #PER_CARD} per card, through the REST API. */
    private static long linkedMap(JiraBrowser alice, List<String> keys) {
        long[] first = alice.mapWithPainPointLinkedTo();
        long mapId = first[0];
        JsonNode map = JiraBrowser.json(alice.get(API + "/maps/" + mapId));
        long version = map.get("version").asLong();
        long lane = 0;
        for (JsonNode candidate : map.get("lanes")) {
            if (candidate.get("kind").asText().equals("pain-points")) {
                lane = candidate.get("id").asLong();
            }
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        long card = first[1];
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0 && i % PER_CARD == 0) {
                HttpResponse<String> added = alice.json("POST", API + "/maps/" + mapId + "/cards",
                        "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"Pain " + i + "\"}");
                assertThat(added.statusCode()).as(added.body()).isBetween(200, 201);
                JsonNode answer = JiraBrowser.json(added);
                card = answer.get("card").get("id").asLong();
                version = answer.get("version").asLong();
            }
            HttpResponse<String> linked = alice.json("POST", API + "/maps/" + mapId + "/cards/" + card + "/links",
                    "{\"version\":" + version + ",\"issueKey\":\"" + keys.get(i) + "\"}");
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
            version = JiraBrowser.json(linked).get("version").asLong();
        }
        return mapId;
    }

    private static JsonNode status(JiraBrowser alice, long mapId) {
        HttpResponse<String> view = alice.get(API + "/maps/" + mapId + "/status");
        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        return JiraBrowser.json(view);
    }

    private static int shownIssues(JsonNode status) {
        int shown = 0;
        for (JsonNode card : status.path("cards")) {
            for (JsonNode link : card.path("links")) {
                if (link.path("issue").has("key")) {
                    shown++;
                }
            }
        }
        return shown;
    }

    /** Searches made, ids they asked for, distinct ids: the difference of the last two is duplicate work. */
    private static int[] askedFor(List<FakeJiraServer.Received> received) {
        int searches = 0;
        int asked = 0;
        Set<String> distinct = new HashSet<>();
        for (FakeJiraServer.Received request : List.copyOf(received)) {
            String jql = request.body().path("jql").asText("");
            if (!jql.startsWith("id in (")) {
                continue;
            }
            searches++;
            List<String> ids = Arrays.stream(jql.substring(7, jql.lastIndexOf(')')).split(",")).map(String::strip).toList();
            asked += ids.size();
            distinct.addAll(ids);
        }
        return new int[]{searches, asked, distinct.size()};
    }
}
