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
    void projectPermissionsAreAskedForTheThreeKeysWeUseOnCloudWhereTheParameterIsRequired() {
        try (FakeJira jira = FakeJira.cloud().on("GET", "/rest/api/2/mypermissions", fixture(200, "mypermissions.json"))) {

            ProjectPermissions permissions = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"))
                    .permissions("HSP");

            assertThat(permissions).isEqualTo(new ProjectPermissions("HSP", true, true, false));
            FakeJira.Request request = jira.requests("GET", "/rest/api/2/mypermissions").get(0);
            assertThat(request.query()).containsEntry("projectKey", "HSP")
                    .containsEntry("permissions", "BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER_PROJECTS");
        }
    }

    @Test
    void dataCenterIsNotSentThePermissionsParameterItsReferenceDoesNotDeclare() {
        try (FakeJira jira = FakeJira.dataCenter().on("GET", "/rest/api/2/mypermissions", fixture(200, "mypermissions.json"))) {

            ProjectPermissions permissions = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"))
                    .permissions("HSP");

            assertThat(permissions).isEqualTo(new ProjectPermissions("HSP", true, true, false));
            assertThat(jira.requests("GET", "/rest/api/2/mypermissions").get(0).query()).containsOnlyKeys("projectKey");
        }
    }

    @Test
    void createPostsTheProjectsEpicTypeWithItsEpicNameAndAnEscapedDescriptionThenReadsTheIssueBackById() {
        Instant now = Instant.parse("2025-02-03T10:15:30Z");
        try (FakeJira jira = FakeJira.dataCenter()
                .on("GET", "/rest/api/2/issue/createmeta/TST/issuetypes", fixture(200, "createmeta-dc-issuetypes.json"))
                .on("GET", "/rest/api/2/issue/createmeta/TST/issuetypes/10000", fixture(200, "createmeta-dc-epic-fields.json"))
                .on("POST", "/rest/api/2/issue", fixture(201, "issue-created.json"))
                .on("GET", "/rest/api/2/issue/10000", fixture(200, "issue-10000.json"))) {

            IssueSnapshot created = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"),
                    Clock.fixed(now, ZoneOffset.UTC))
                    .create(new NewIssue("TST", "Epic", " Make checkout painless ", "Customers *never* get past step 3."));

            assertThat(created).isEqualTo(new IssueSnapshot(10000L, "TST-24", "Make checkout painless", "Epic",
                    "To Do", StatusCategory.TO_DO, "", now));
            var fields = jira.requests("POST", "/rest/api/2/issue").get(0).body().path("fields");
            assertThat(fields.path("project").path("key").asText()).isEqualTo("TST");
            assertThat(fields.path("issuetype").path("id").asText()).isEqualTo("10000");
            assertThat(fields.path("summary").asText()).isEqualTo("Make checkout painless");
            assertThat(fields.path("customfield_10104").asText()).as("Epic Name").isEqualTo("Make checkout painless");
            assertThat(fields.path("description").asText()).isEqualTo("Customers \\*never\\* get past step 3.");
            assertThat(jira.requests("GET", "/rest/api/2/issue/10000").get(0).query())
                    .containsEntry("fields", "summary,issuetype,status,assignee");
        }
    }

    @Test
    void aCreateWhoseReadBackFailsIsStillTheIssueThe201Named() {
        Instant now = Instant.parse("2025-02-03T10:15:30Z");
        try (FakeJira jira = FakeJira.dataCenter()
                .on("GET", "/rest/api/2/issue/createmeta/TST/issuetypes", fixture(200, "createmeta-dc-issuetypes.json"))
                .on("POST", "/rest/api/2/issue", fixture(201, "issue-created.json"))
                .on("GET", "/rest/api/2/issue/10000", new FakeJira.Reply(503, "", java.util.Map.of("Retry-After", "0")))) {

            IssueSnapshot created = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat").withRetries(0, java.time.Duration.ZERO),
                    Clock.fixed(now, ZoneOffset.UTC)).create(new NewIssue("TST", "Story", "Guest checkout", ""));

            assertThat(created.id()).isEqualTo(10000L);
            assertThat(created.key()).isEqualTo("TST-24");
            assertThat(created.summary()).isEqualTo("Guest checkout");
            assertThat(created.issueType()).isEqualTo("Story");
            assertThat(jira.requests("POST", "/rest/api/2/issue")).hasSize(1);
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
