package dev.journeymaps.jirarest;

import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static dev.journeymaps.jirarest.FakeJira.Reply.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraAccountContractTest {

    @Test
    void dataCenterSendsThePersonalAccessTokenAsBearer() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/myself", fixture(200, "myself-dc.json"))) {

            JiraAccount account = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat-123")).myself();

            assertThat(account).isEqualTo(new JiraAccount("JIRAUSER10100", "Fred F. User", "fred@example.com"));
            assertThat(jira.requests().get(0).authorization()).isEqualTo("Bearer pat-123");
        }
    }

    @Test
    void cloudSendsEmailAndApiTokenAsBasicAndIdentifiesByAccountId() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/myself", fixture(200, "myself-cloud.json"))) {

            JiraAccount account = new JiraRestClient(
                    JiraConnection.cloud(jira.baseUrl(), "mia@example.com", "api-token")).myself();

            assertThat(account).isEqualTo(new JiraAccount("5b10a2844c20165700ede21g", "Mia Krystof", "mia@example.com"));
            String basic = Base64.getEncoder().encodeToString("mia@example.com:api-token".getBytes(StandardCharsets.UTF_8));
            assertThat(jira.requests().get(0).authorization()).isEqualTo("Basic " + basic);
        }
    }

    @Test
    void credentialsNeverShowInAConnectionsToString() {
        assertThat(JiraConnection.cloud(java.net.URI.create("https://x.atlassian.net"), "mia@example.com", "s3cret"))
                .asString().doesNotContain("s3cret");
        assertThat(JiraConnection.dataCenter(java.net.URI.create("https://jira.example.com"), "pat-s3cret"))
                .asString().doesNotContain("pat-s3cret");
    }

    @Test
    void projectPermissionsAreAskedForTheThreeKeysWeUse() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/mypermissions", fixture(200, "mypermissions.json"))) {

            ProjectPermissions permissions = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"))
                    .permissions("HSP");

            assertThat(permissions).isEqualTo(new ProjectPermissions("HSP", true, true, false));
            FakeJira.Request request = jira.requests().get(0);
            assertThat(request.query()).containsEntry("projectKey", "HSP")
                    .containsEntry("permissions", "BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER_PROJECTS");
        }
    }

    @Test
    void createPostsProjectTypeSummaryAndDescriptionThenReadsTheIssueBackById() {
        Instant now = Instant.parse("2025-02-03T10:15:30Z");
        try (FakeJira jira = new FakeJira()
                .on("POST", "/rest/api/2/issue", fixture(201, "issue-created.json"))
                .on("GET", "/rest/api/2/issue/10000", fixture(200, "issue-10000.json"))) {

            IssueSnapshot created = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"),
                    Clock.fixed(now, ZoneOffset.UTC))
                    .create(new NewIssue("TST", "Epic", " Make checkout painless ", "Customers drop out at step 3."));

            assertThat(created).isEqualTo(new IssueSnapshot(10000L, "TST-24", "Make checkout painless", "Epic",
                    "To Do", StatusCategory.TO_DO, "", now));
            var fields = jira.requests("POST", "/rest/api/2/issue").get(0).body().path("fields");
            assertThat(fields.path("project").path("key").asText()).isEqualTo("TST");
            assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Epic");
            assertThat(fields.path("summary").asText()).isEqualTo("Make checkout painless");
            assertThat(fields.path("description").asText()).isEqualTo("Customers drop out at step 3.");
            assertThat(jira.requests("GET", "/rest/api/2/issue/10000").get(0).query())
                    .containsEntry("fields", "summary,issuetype,status,assignee");
            assertThat(jira.requests("GET", "/rest/api/2/serverInfo")).as("create works the same on both").isEmpty();
        }
    }

    @Test
    void anIssueWithoutSummaryIsRefusedBeforeAskingJira() {
        try (FakeJira jira = new FakeJira()) {
            JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"));

            assertThatThrownBy(() -> client.create(new NewIssue("TST", "Epic", "  ", "")))
                    .isInstanceOf(ValidationException.class);
            assertThat(jira.requests()).isEmpty();
        }
    }
}
