package dev.journeymaps.jirarest;

import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.journeymaps.jirarest.FakeJira.Reply.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class JiraSearchContractTest {
    private static final Instant NOW = Instant.parse("2025-02-03T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static JiraRestClient client(FakeJira jira) {
        return new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat-123"), CLOCK);
    }

    @Test
    void dataCenterSearchPostsToApi2SearchAndFollowsStartAtAcrossPages() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page1.json"))
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            IssueSearchPage page = client(jira).search(IssueQuery.typed("checkout"), 10);

            assertThat(page.issues()).extracting(IssueSnapshot::key).containsExactly("HSP-1", "HSP-2", "HSP-3");
            assertThat(page.more()).isFalse();
            var searches = jira.requests("POST", "/rest/api/2/search");
            assertThat(searches).hasSize(2);
            assertThat(searches).extracting(r -> r.body().path("startAt").asInt()).containsExactly(0, 2);
            assertThat(searches.get(0).body().path("maxResults").asInt()).isEqualTo(10);
            assertThat(searches.get(0).fields()).containsExactly("summary", "issuetype", "status", "assignee");
            assertThat(jira.requests("POST", "/rest/api/3/search/jql")).isEmpty();
        }
    }

    @Test
    void dataCenterIssuesAreReadWithStatusCategoryTypeAndAssignee() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page1.json"))
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            IssueSearchPage page = client(jira).search(IssueQuery.jql("project = HSP"), 10);

            assertThat(page.issues())
                    .extracting(IssueSnapshot::id, IssueSnapshot::key, IssueSnapshot::summary, IssueSnapshot::issueType,
                            IssueSnapshot::statusName, IssueSnapshot::statusCategory, IssueSnapshot::assignee)
                    .containsExactly(
                            tuple(10001L, "HSP-1", "Checkout asks for the address twice", "Epic", "In Progress",
                                    StatusCategory.IN_PROGRESS, "Fred F. User"),
                            tuple(10002L, "HSP-2", "Show delivery dates before payment", "Story", "To Do",
                                    StatusCategory.TO_DO, ""),
                            tuple(10003L, "HSP-3", "Remember the card for next time", "Story", "Done",
                                    StatusCategory.DONE, "Mia Krystof"));
            assertThat(page.issues()).allSatisfy(issue -> assertThat(issue.fetchedAt()).isEqualTo(NOW));
        }
    }

    @Test
    void cloudSearchUsesTheEnhancedEndpointAndFollowsNextPageToken() {
        try (FakeJira jira = FakeJira.cloud()
                .on("POST", "/rest/api/3/search/jql", fixture(200, "search-jql-cloud-page1.json"))
                .on("POST", "/rest/api/3/search/jql", fixture(200, "search-jql-cloud-page2.json"))) {
            JiraRestClient client = new JiraRestClient(
                    JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "api-token"), CLOCK);

            IssueSearchPage page = client.search(IssueQuery.jql("project = ED"), 10);

            assertThat(page.issues())
                    .extracting(IssueSnapshot::key, IssueSnapshot::issueType, IssueSnapshot::statusName,
                            IssueSnapshot::statusCategory, IssueSnapshot::assignee)
                    .containsExactly(
                            tuple("ED-1", "Bug", "In Review", StatusCategory.IN_PROGRESS, "Mia Krystof"),
                            tuple("ED-2", "Epic", "Parked", StatusCategory.UNKNOWN, ""));
            var searches = jira.requests("POST", "/rest/api/3/search/jql");
            assertThat(searches).hasSize(2);
            assertThat(searches.get(0).body().has("nextPageToken")).isFalse();
            assertThat(searches.get(1).body().path("nextPageToken").asText()).isEqualTo("CAEaAggD");
            assertThat(searches).allSatisfy(search -> {
                assertThat(search.body().has("startAt")).as("search/jql rejects startAt").isFalse();
                assertThat(search.jql()).isEqualTo("project = ED");
                assertThat(search.fields()).containsExactly("summary", "issuetype", "status", "assignee");
            });
            assertThat(jira.requests("POST", "/rest/api/2/search")).isEmpty();
        }
    }

    @Test
    void searchStopsAtTheLimitAndSaysThereIsMore() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page1.json"))) {

            IssueSearchPage page = client(jira).search(IssueQuery.typed("checkout"), 2);

            assertThat(page.issues()).extracting(IssueSnapshot::key).containsExactly("HSP-1", "HSP-2");
            assertThat(page.more()).isTrue();
            assertThat(jira.requests("POST", "/rest/api/2/search")).hasSize(1);
        }
    }

    @Test
    void deploymentIsAskedOnceAndRemembered() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {
            JiraRestClient client = client(jira);

            client.search(IssueQuery.typed("a"), 5);
            client.search(IssueQuery.typed("b"), 5);

            assertThat(jira.requests("GET", "/rest/api/2/serverInfo")).hasSize(1);
            assertThat(jira.requests("POST", "/rest/api/2/search")).hasSize(2);
        }
    }

    @Test
    void aQueryThatLooksLikeAnIssueKeySearchesByKey() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            client(jira).search(IssueQuery.typed(" hsp-3 "), 5);

            assertThat(jira.requests("POST", "/rest/api/2/search").get(0).jql()).isEqualTo("key = \"HSP-3\"");
        }
    }

    @Test
    void anIssueKeyJiraDoesNotKnowFindsNothingInsteadOfFailing() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(400, "error-400-jql.json"))) {

            IssueSearchPage page = client(jira).search(IssueQuery.typed("NOPE-1"), 5);

            assertThat(page.issues()).isEmpty();
            assertThat(page.more()).isFalse();
        }
    }

    @Test
    void textSearchEscapesQuotesAndBackslashesInTheJqlString() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            client(jira).search(IssueQuery.typed("say \"hi\" C:\\temp"), 5);

            assertThat(jira.requests("POST", "/rest/api/2/search").get(0).jql())
                    .isEqualTo("text ~ \"say \\\"hi\\\" C:\\\\temp\" ORDER BY updated DESC");
        }
    }

    @Test
    void rawJqlIsSentAsTheCallerWroteIt() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(200, "search-dc-page2.json"))) {

            client(jira).search(IssueQuery.jql("project = HSP AND issuetype = Epic"), 5);

            assertThat(jira.requests("POST", "/rest/api/2/search").get(0).jql())
                    .isEqualTo("project = HSP AND issuetype = Epic");
        }
    }
}
