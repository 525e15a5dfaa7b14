package dev.journeymaps.jirarest;

import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.journeymaps.jirarest.FakeJira.Reply.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Epic children progress: one extra search for the epics fetched, by Epic Link on Data Center and parent on Cloud. */
class JiraEpicProgressContractTest {

    /** The documented first page cut to its epic (HSP-1), as the answer to {@code id in (10001)}. */
    private static FakeJira.Reply onlyTheEpic() {
        com.fasterxml.jackson.databind.node.ObjectNode page = Fixtures.json("search-dc-page1.json").deepCopy();
        page.put("total", 1).putArray("issues").add(Fixtures.json("search-dc-page1.json").path("issues").get(0));
        return FakeJira.Reply.json(200, page);
    }

    @Test
    void onDataCenterAnEpicsChildrenAreFoundByItsEpicLinkFieldInOneSearch() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("GET", "/rest/api/2/field", fixture(200, "field-dc.json"))
                .on("POST", "/rest/api/2/search", request -> request.jql().startsWith("\"Epic Link\"")
                        ? fixture(200, "search-dc-epic-children.json") : onlyTheEpic())) {
            JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"));

            IssueSnapshot epic = client.fetch(List.of(10001L)).get(0);
            client.fetch(List.of(10001L));

            assertThat(epic.key()).isEqualTo("HSP-1");
            assertThat(epic.isEpic()).isTrue();
            assertThat(epic.children()).isEqualTo(new Progress(1, 3));
            assertThat(epic.progress()).isEqualTo(new Progress(1, 3));
            List<FakeJira.Request> childSearches = jira.requests("POST", "/rest/api/2/search").stream()
                    .filter(r -> r.jql().startsWith("\"Epic Link\"")).toList();
            assertThat(childSearches).hasSize(2);
            assertThat(childSearches.get(0).jql()).isEqualTo("\"Epic Link\" in (HSP-1)");
            assertThat(childSearches.get(0).fields()).containsExactly("status", "customfield_10100");
            assertThat(jira.requests("GET", "/rest/api/2/field")).as("the field id is looked up once").hasSize(1);
        }
    }

    @Test
    void onCloudAnEpicsChildrenAreFoundByParent() {
        try (FakeJira jira = FakeJira.cloud()
                .on("POST", "/rest/api/3/search/jql", request -> request.jql().startsWith("parent in")
                        ? fixture(200, "search-jql-cloud-epic-children.json") : fixture(200, "search-jql-cloud-page2.json"))) {
            JiraRestClient client = new JiraRestClient(JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "t"));

            IssueSnapshot epic = client.fetch(List.of(10003L)).get(0);

            assertThat(epic.children()).isEqualTo(new Progress(2, 2));
            assertThat(jira.requests("POST", "/rest/api/3/search/jql")).extracting(FakeJira.Request::jql)
                    .containsExactly("id in (10003)", "parent in (10003)");
        }
    }

    @Test
    void aCloudThatKeepsAnsweringWithTheSameNextPageTokenIsAskedOnceMoreAndCountsEachChildOnce() {
        com.fasterxml.jackson.databind.node.ObjectNode again = Fixtures.json("search-jql-cloud-epic-children.json").deepCopy();
        again.put("isLast", false).put("nextPageToken", "same-again");
        try (FakeJira jira = FakeJira.cloud()
                .on("POST", "/rest/api/3/search/jql", request -> request.jql().startsWith("parent in")
                        ? FakeJira.Reply.json(200, again) : fixture(200, "search-jql-cloud-page2.json"))) {
            JiraRestClient client = new JiraRestClient(JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "t"));

            IssueSnapshot epic = client.fetch(List.of(10003L)).get(0);

            assertThat(epic.children()).isEqualTo(new Progress(2, 2));
            assertThat(jira.requests("POST", "/rest/api/3/search/jql")).extracting(FakeJira.Request::jql)
                    .containsExactly("id in (10003)", "parent in (10003)", "parent in (10003)");
        }
    }

    @Test
    void aCloudThatNeverStopsPagingIsAskedAtMostTheCappedNumberOfPagesPerChunk() {
        java.util.concurrent.atomic.AtomicInteger token = new java.util.concurrent.atomic.AtomicInteger();
        try (FakeJira jira = FakeJira.cloud()
                .on("POST", "/rest/api/3/search/jql", request -> {
                    if (!request.jql().startsWith("parent in")) {
                        return fixture(200, "search-jql-cloud-page2.json");
                    }
                    com.fasterxml.jackson.databind.node.ObjectNode more = Fixtures.json("search-jql-cloud-epic-children.json").deepCopy();
                    return FakeJira.Reply.json(200, more.put("isLast", false).put("nextPageToken", "t" + token.incrementAndGet()));
                })) {
            JiraRestClient client = new JiraRestClient(JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "t"));

            IssueSnapshot epic = client.fetch(List.of(10003L)).get(0);

            assertThat(epic.children()).isEqualTo(new Progress(2, 2));
            assertThat(jira.requests("POST", "/rest/api/3/search/jql").stream().filter(r -> r.jql().startsWith("parent in")))
                    .hasSize(EpicProgress.MAX_PAGES);
        }
    }

    @Test
    void aDataCenterWithoutJiraSoftwareHasNoEpicLinkAndAsksNoChildSearch() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("GET", "/rest/api/2/field", new FakeJira.Reply(200, "[]", java.util.Map.of()))
                .on("POST", "/rest/api/2/search", onlyTheEpic())) {

            IssueSnapshot epic = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")).fetch(List.of(10001L)).get(0);

            assertThat(epic.children()).isEqualTo(Progress.NONE);
            assertThat(jira.requests("POST", "/rest/api/2/search")).hasSize(1);
        }
    }
}
