package dev.journeymaps.jirarest;

import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackerException.Kind;
import dev.journeymaps.domain.work.NewIssue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.journeymaps.jirarest.FakeJira.Reply.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JiraErrorContractTest {

    /** A Data Center whose project TST has Epic and Story (createmeta), as a create needs. */
    private static FakeJira withCreateMeta(FakeJira jira) {
        return jira.on("GET", "/rest/api/2/serverInfo", fixture(200, "serverInfo-dc.json"))
                .on("GET", "/rest/api/2/issue/createmeta/TST/issuetypes", fixture(200, "createmeta-dc-issuetypes.json"));
    }

    private static JiraRestClient client(FakeJira jira) {
        return new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat"));
    }

    @Test
    void unauthorizedCarriesJirasMessage() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/myself", fixture(401, "error-401.json"))) {

            var e = catchThrowableOfType(IssueTrackerException.class, () -> client(jira).myself());

            assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(e.errorMessages())
                    .containsExactly("You are not authenticated. Authentication required to perform this operation.");
        }
    }

    @Test
    void forbiddenCreateCarriesJirasMessage() {
        try (FakeJira jira = withCreateMeta(new FakeJira()).on("POST", "/rest/api/2/issue", fixture(403, "error-403.json"))) {

            var e = catchThrowableOfType(IssueTrackerException.class,
                    () -> client(jira).create(new NewIssue("TST", "Story", "Make checkout painless", "")));

            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(e.errorMessages()).containsExactly("You do not have permission to create issues in this project.");
        }
    }

    @Test
    void unknownProjectIsNotFoundWithJirasMessage() {
        try (FakeJira jira = FakeJira.dataCenter().on("GET", "/rest/api/2/mypermissions", fixture(404, "error-404.json"))) {

            var e = catchThrowableOfType(IssueTrackerException.class, () -> client(jira).permissions("NOPE"));

            assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
            assertThat(e.errorMessages()).containsExactly("No project could be found with key 'NOPE'.");
            assertThat(e.getMessage()).contains("404", "No project could be found with key 'NOPE'.");
        }
    }

    @Test
    void anIssueTypeTheProjectLacksIsABadRequestNamingTheTypesItHasBeforeAnythingIsCreated() {
        try (FakeJira jira = withCreateMeta(new FakeJira())) {

            var e = catchThrowableOfType(IssueTrackerException.class,
                    () -> client(jira).create(new NewIssue("TST", "Saga", "Make checkout painless", "")));

            assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
            assertThat(e.errors().get("issueType")).contains("Epic, Story").doesNotContain("Sub-task");
            assertThat(jira.requests("POST", "/rest/api/2/issue")).isEmpty();
        }
    }

    @Test
    void aCaptchaChallengeIsReportedAsSuchNotAsWrongCredentials() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/myself", fixture(403, "error-403.json")
                .withHeader("X-Authentication-Denied-Reason", "CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp"))) {

            var e = catchThrowableOfType(IssueTrackerException.class, () -> client(jira).myself());

            assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(e.errorMessages()).singleElement().asString().contains("CAPTCHA", "sign in to Jira once in your browser");
        }
    }

    @Test
    void badJqlIsABadRequestWithJirasMessage() {
        try (FakeJira jira = FakeJira.dataCenter()
                .on("POST", "/rest/api/2/search", fixture(400, "error-400-jql.json"))) {

            var e = catchThrowableOfType(IssueTrackerException.class,
                    () -> client(jira).search(IssueQuery.jql("project = NOPE"), 5));

            assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
            assertThat(e.errorMessages()).containsExactly("The value 'NOPE' does not exist for the field 'project'.");
        }
    }

    @Test
    void rejectedCreateCarriesJirasFieldErrors() {
        try (FakeJira jira = withCreateMeta(new FakeJira()).on("POST", "/rest/api/2/issue", fixture(400, "error-400-create.json"))) {

            var e = catchThrowableOfType(IssueTrackerException.class,
                    () -> client(jira).create(new NewIssue("TST", "Story", "Make checkout painless", "")));

            assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
            assertThat(e.errors()).isEqualTo(Map.of("issuetype", "The issue type selected is invalid."));
            assertThat(e.errorMessages()).isEmpty();
        }
    }

    @Test
    void rateLimitedCallIsRetriedAfterTheSecondsJiraAsksFor() {
        try (FakeJira jira = new FakeJira()
                .on("GET", "/rest/api/2/myself", fixture(429, "error-429.json").withHeader("Retry-After", "1"))
                .on("GET", "/rest/api/2/myself", fixture(200, "myself-dc.json"))) {

            JiraAccount account = client(jira).myself();

            assertThat(account.displayName()).isEqualTo("Fred F. User");
            List<FakeJira.Request> calls = jira.requests("GET", "/rest/api/2/myself");
            assertThat(calls).hasSize(2);
            assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void unavailableJiraIsRetriedThenReportedUnavailable() {
        try (FakeJira jira = new FakeJira()
                .on("GET", "/rest/api/2/myself", new FakeJira.Reply(503, "", Map.of("Retry-After", "0")))) {

            var e = catchThrowableOfType(IssueTrackerException.class, () -> client(jira).myself());

            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(jira.requests("GET", "/rest/api/2/myself")).hasSize(1 + JiraConnection.DEFAULT_MAX_RETRIES);
        }
    }

    @Test
    void aCreateAnswered503IsNotRepeatedBecauseJiraMayHaveCreatedTheIssue() {
        try (FakeJira jira = withCreateMeta(new FakeJira())
                .on("POST", "/rest/api/2/issue", new FakeJira.Reply(503, "", Map.of("Retry-After", "0")))) {

            var e = catchThrowableOfType(IssueTrackerException.class,
                    () -> client(jira).create(new NewIssue("TST", "Story", "Make checkout painless", "")));

            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(jira.requests("POST", "/rest/api/2/issue")).hasSize(1);
        }
    }

    @Test
    void retryAfterLongerThanTheWaitCapIsRateLimitedWithoutWaiting() {
        try (FakeJira jira = new FakeJira()
                .on("GET", "/rest/api/2/myself", fixture(429, "error-429.json").withHeader("Retry-After", "3600"))) {
            JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")
                    .withRetries(3, Duration.ofSeconds(5)));

            long started = System.nanoTime();
            var e = catchThrowableOfType(IssueTrackerException.class, client::myself);

            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.errorMessages()).containsExactly("Rate limit exceeded.");
            assertThat(jira.requests()).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aRedirectIsNotFollowedSoCredentialsStayHome() {
        try (FakeJira jira = new FakeJira()
                .on("GET", "/rest/api/2/myself", new FakeJira.Reply(302, "", Map.of("Location", "https://elsewhere.example/login")))) {

            var e = catchThrowableOfType(IssueTrackerException.class, () -> client(jira).myself());

            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("https://elsewhere.example/login", "base URL");
            assertThat(jira.requests()).hasSize(1);
        }
    }

    @Test
    void closedPortIsUnavailableQuickly() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        JiraRestClient client = new JiraRestClient(
                JiraConnection.dataCenter(URI.create("http://127.0.0.1:" + port), "pat"));

        long started = System.nanoTime();
        var e = catchThrowableOfType(IssueTrackerException.class, client::myself);

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(JiraConnection.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void slowJiraTimesOutAsUnavailable() {
        try (FakeJira jira = new FakeJira().on("GET", "/rest/api/2/myself", request -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fixture(200, "myself-dc.json");
        })) {
            JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira.baseUrl(), "pat")
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

            var e = catchThrowableOfType(IssueTrackerException.class, client::myself);

            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        }
    }
}
