package dev.journeymaps.standalone;

import dev.journeymaps.store.StoreEntities;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: every error answer is ours — Jira-shaped JSON under the REST API, our page elsewhere — and says nothing
 * about the server's insides: no "Apache Tomcat", no version, no exception, no stack trace, no echo of the input.
 * Checked over HTTP for 400, 403, 404, 405, 413, 415, 421, 500 and 503, each with the security headers.
 */
class ErrorPagesTest {
    private static final String API = "/rest/journeymaps/1.0";

    @TempDir
    Path dataDir;
    private RunningServer local;
    private StandaloneServer withJira;
    private FakeJiraServer jira;

    @AfterEach
    void stop() {
        if (local != null) {
            local.close();
        }
        if (withJira != null) {
            withJira.close();
        }
        if (jira != null) {
            jira.close();
        }
    }

    private static void assertOurs(int status, String contentType, String body, String csp) {
        assertThat(body).as("status %d", status).isNotBlank()
                .doesNotContainIgnoringCase("tomcat").doesNotContain("10.1.").doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContain("at dev.journeymaps").doesNotContain("at java.");
        assertThat(csp).as("CSP on %d", status).contains("frame-ancestors 'none'");
        if (contentType.startsWith("application/json")) {
            assertThat(body).startsWith("{\"errorMessages\":[");
        } else {
            assertThat(contentType).startsWith("text/html");
            assertThat(body).contains("<!DOCTYPE html>");
        }
    }

    private static void assertOurs(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertOurs(status, answer.header("Content-Type"), answer.body(), answer.header("Content-Security-Policy"));
    }

    private static void assertOurs(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertOurs(status, response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void clientErrorsInLocalModeAreOurs() {
        local = RunningServer.start(dataDir, true);
        int port = local.server.port();
        String host = "127.0.0.1:" + port;
        assertOurs(RawHttp.exchange(port, "GET /a b HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), 400);
        assertOurs(RawHttp.exchange(port, "GET /%zz HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), 400);
        assertOurs(RawHttp.withBody(port, "POST", API + "/maps", host, "{not json", "Content-Type: application/json"), 400);
        assertOurs(RawHttp.withBody(port, "POST", API + "/maps", host, "{}", "Content-Type: application/json",
                "Origin: http://evil.example"), 403);
        assertOurs(RawHttp.request(port, "GET", "/nothing/here", host), 404);
        assertOurs(RawHttp.request(port, "GET", API + "/nothing/here", host), 404);
        assertOurs(RawHttp.request(port, "GET", "/plugins/servlet/journeymaps/map/999999", host), 404);
        assertOurs(RawHttp.request(port, "PATCH", API + "/maps/1", host, "Content-Type: application/json"), 405);
        assertOurs(RawHttp.request(port, "POST", API + "/maps", host, "Content-Type: application/json", "Content-Length: 999999999"), 413);
        assertOurs(RawHttp.withBody(port, "POST", API + "/maps", host, "title=x", "Content-Type: text/plain",
                "X-Atlassian-Token: no-check"), 415);
        assertOurs(RawHttp.request(port, "GET", API + "/maps?projectKey=DEMO", "evil.example"), 421);
    }

    @Test
    void aBrokenDatabaseGives500WithoutInternals() throws Exception {
        AtomicReference<DataSource> pool = new AtomicReference<>();
        local = RunningServer.start(dataDir, true, dataSource -> {
            pool.set(dataSource);
            return dataSource;
        });
        long mapId = local.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
        String map = EmbeddedDatabase.tablePrefix(StoreEntities.NAMESPACE) + "MAP";
        try (Connection sql = pool.get().getConnection()) {
            sql.createStatement().execute("ALTER TABLE \"" + map + "\" RENAME TO \"" + map + "_GONE\"");
        }
        int port = local.server.port();
        assertOurs(RawHttp.request(port, "GET", "/plugins/servlet/journeymaps/map/" + mapId, "127.0.0.1"), 500);
        assertOurs(RawHttp.request(port, "GET", API + "/maps/" + mapId, "127.0.0.1"), 500);
    }

    private void startWithJira() {
        jira = new FakeJiraServer();
        // permissions are asked of Jira on every request (TTL 0) and not kept through an outage (grace 0): it shows at once
        withJira = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", Duration.ZERO, Duration.ZERO, Duration.ZERO), null));
    }

    @Test
    void withJiraDownPagesAnswer503WithoutInternals() {
        startWithJira();
        CookieBrowser alice = new CookieBrowser();
        alice.signIn(withJira.baseUrl(), "alice-pat");
        assertThat(alice.get(withJira.baseUrl() + "/plugins/servlet/journeymaps/project/SHOP").statusCode()).isEqualTo(200);
        jira.close();

        assertOurs(alice.get(withJira.baseUrl() + "/plugins/servlet/journeymaps/project/SHOP"), 503);
        assertOurs(alice.get(withJira.baseUrl() + API + "/maps?projectKey=SHOP"), 503);
        HttpResponse<String> signIn = new CookieBrowser().signIn(withJira.baseUrl(), "alice-pat");
        assertOurs(signIn, 503);
    }

    @Test
    void aSignInFormWithoutItsTokenGets403AndAControlCharacterInATokenGets400WithoutEchoingIt() {
        startWithJira();
        assertOurs(new CookieBrowser().form(withJira.baseUrl() + "/login.jsp", FakeJiraServer.form("password", "alice-pat")), 403);

        CookieBrowser mallory = new CookieBrowser();
        HttpResponse<String> refused = mallory.signIn(withJira.baseUrl(), "secret-\u0001-token-4711");
        assertOurs(refused, 400);
        assertThat(refused.body()).doesNotContain("4711").doesNotContain("secret-");
        assertThat(jira.searches).isEmpty();
    }
}
