package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;

import static dev.journeymaps.jirarest.FakeJira.Reply.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class JiraFetchContractTest {

    /** A Jira that has every issue asked for: answers one page built from the documented issue shape. */
    private static Function<FakeJira.Request, FakeJira.Reply> dataCenterWithEveryIssue() {
        JsonNode template = Fixtures.json("search-dc-page1.json").path("issues").get(1);
        return request -> {
            List<Long> ids = idsIn(request.jql());
            ObjectNode answer = FakeJira.JSON.createObjectNode()
                    .put("expand", "names,schema").put("startAt", 0)
                    .put("maxResults", request.body().path("maxResults").asInt()).put("total", ids.size());
            ArrayNode issues = answer.putArray("issues");
            for (long id : ids) {
                ObjectNode issue = template.deepCopy();
                issue.put("id", Long.toString(id)).put("key", "HSP-" + id);
                issues.add(issue);
            }
            return FakeJira.Reply.json(200, answer);
        };
    }

    private static List<Long> idsIn(String jql) {
        String list = jql.substring(jql.indexOf('(') + 1, jql.lastIndexOf(')'));
        return Arrays.stream(list.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    @Test
    void theChunksOfALargeFetchRunInParallelOnTheSitesPoolEachIdAskedOnceInOrder() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        Function<FakeJira.Request, FakeJira.Reply> every = dataCenterWithEveryIssue();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try (FakeJira jira = FakeJira.dataCenter().on("POST", "/rest/api/2/search", request -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(200); // a slow Jira: overlapping searches show up as more than one in flight
                return every.apply(request);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        })) {
            List<Long> ids = LongStream.rangeClosed(1, 1_000).boxed().toList();

            List<IssueSnapshot> issues = JiraRestClient.forSite(java.time.Clock.systemUTC(), pool)
                    .apply(JiraConnection.dataCenter(jira.baseUrl(), "pat")).fetch(ids);

            assertThat(issues).extracting(IssueSnapshot::id).containsExactlyElementsOf(ids);
            var searches = jira.requests("POST", "/rest/api/2/search");
            assertThat(searches).hasSize(10);
            assertThat(searches).flatExtracting(r -> idsIn(r.jql())).doesNotHaveDuplicates().hasSize(1_000);
            assertThat(most.get()).as("searches in flight at once (pool of 4 + the caller)").isBetween(2, 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChunkJiraCannotAnswerFailsTheFetchAndAFullPoolOnlyMeansTheCallerDoesTheWork() {
        java.util.concurrent.Executor full = task -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        };
        try (FakeJira jira = FakeJira.dataCenter().on("POST", "/rest/api/2/search", dataCenterWithEveryIssue())) {
            List<Long> ids = LongStream.rangeClosed(1, 300).boxed().toList();
            JiraRestClient client = JiraRestClient.forSite(java.time.Clock.systemUTC(), full)
                    .apply(JiraConnection.dataCenter(jira.baseUrl(), "pat"));
            assertThat(client.fetch(ids)).extracting(IssueSnapshot::id).containsExactlyElementsOf(ids);
        }
        try (FakeJira jira = FakeJira.dataCenter().on("POST", "/rest/api/2/search", dataCenterWithEveryIssue())
                .on("POST", "/rest/api/2/search", FakeJira.Reply.json(503, FakeJira.JSON.createObjectNode()))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                JiraRestClient client = JiraRestClient.forSite(java.time.Clock.systemUTC(), pool)
                        .apply(JiraConnection.dataCenter(jira.baseUrl(), "pat").withRetries(0, java.time.Duration.ZERO));
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.fetch(LongStream.rangeClosed(1, 300).boxed().toList()))
                        .isInstanceOfSatisfying(dev.journeymaps.app.work.tracker.IssueTrackerException.class, e -> assertThat(e.kind())
                                .isEqualTo(dev.journeymaps.app.work.tracker.IssueTrackerException.Kind.UNAVAILABLE));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void twoHundredFiftyIssuesAreFetchedInThreeChunkedSearchesNotOneCallPerIssue() {
        try (FakeJira jira = FakeJira.dataCenter().on("POST", "/rest/api/2/search", dataCenterWithEveryIssue())) {
            List<Long> ids = LongStream.rangeClosed(1, 250).boxed().toList();

            List<IssueSnapshot> issues = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")).fetch(ids);

            assertThat(issues).extracting(IssueSnapshot::id).containsExactlyElementsOf(ids);
            var searches = jira.requests("POST", "/rest/api/2/search");
            assertThat(searches).hasSize(3);
            assertThat(searches).extracting(r -> idsIn(r.jql()).size()).containsExactly(100, 100, 50);
            assertThat(searches.get(0).jql()).startsWith("id in (1,2,3,");
            assertThat(searches).allSatisfy(r ->
                    assertThat(r.fields()).containsExactly("summary", "issuetype", "status", "assignee"));
            assertThat(jira.requests()).filteredOn(r -> r.path().startsWith("/rest/api/2/issue")).isEmpty();
        }
    }

    @Test
    void fetchFollowsPagesWithinAChunkAndKeepsTheCallersOrder() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page1.json"))
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            List<IssueSnapshot> issues = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"))
                    .fetch(List.of(10003L, 10001L, 10002L));

            assertThat(issues).extracting(IssueSnapshot::key).containsExactly("HSP-3", "HSP-1", "HSP-2");
            assertThat(issues).extracting(IssueSnapshot::statusCategory)
                    .containsExactly(StatusCategory.DONE, StatusCategory.IN_PROGRESS, StatusCategory.TO_DO);
            assertThat(jira.requests("POST", "/rest/api/2/search").get(0).jql()).isEqualTo("id in (10003,10001,10002)");
        }
    }

    @Test
    void issuesJiraNoLongerHasAreLeftOutAndDuplicatesAskedOnce() {
        try (FakeJira jira = FakeJira.cloud()
                .on("POST", "/rest/api/3/search/jql", fixture(200, "search-jql-cloud-page2.json"))) {

            List<IssueSnapshot> issues = new JiraRestClient(
                    JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "t")).fetch(List.of(10003L, 99L, 10003L));

            assertThat(issues).extracting(IssueSnapshot::key).containsExactly("ED-2");
            assertThat(jira.requests("POST", "/rest/api/3/search/jql").get(0).jql()).isEqualTo("id in (10003,99)");
        }
    }

    @Test
    void anIdJiraRejectsIsBisectedOutAndTheRestOfTheChunkStillArrives() {
        Function<FakeJira.Request, FakeJira.Reply> everyIssue = dataCenterWithEveryIssue();
        try (FakeJira jira = FakeJira.dataCenter().on("POST", "/rest/api/2/search", request ->
                idsIn(request.jql()).contains(99L)
                        ? FakeJira.Reply.fixture(400, "error-400-jql.json")
                        : everyIssue.apply(request))) {
            List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 40).boxed().toList());
            ids.add(20, 99L);

            List<IssueSnapshot> issues = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")).fetch(ids);

            assertThat(issues).extracting(IssueSnapshot::id)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
            assertThat(jira.requests("POST", "/rest/api/2/search")).hasSizeLessThan(15);
        }
    }

    @Test
    void fetchingNothingAsksJiraNothing() {
        try (FakeJira jira = FakeJira.dataCenter()) {
            assertThat(new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")).fetch(new ArrayList<>()))
                    .isEmpty();
            assertThat(jira.requests()).isEmpty();
        }
    }
}
