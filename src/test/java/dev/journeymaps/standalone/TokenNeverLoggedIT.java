package dev.journeymaps.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: a secret never reaches the log. The packaged server's whole output is scanned after sign-ins with a token
 * holding a control character, a wrong token, a good one, and one while Jira is down, and after pages and REST
 * calls made during the outage (which log what failed).
 */
class TokenNeverLoggedIT {
    private static final List<String> SECRETS = List.of("ctl-token-1111", "wrong-token-2222", "alice-pat", "down-token-3333");

    @Test
    void noTokenAppearsInTheServerLog(@TempDir Path data) throws Exception {
        FakeJiraServer jira = new FakeJiraServer();
        try (ServerProcess server = ServerProcess.start(List.of(), "--data-dir", data.toString(), "--jira-url", jira.url().toString(),
                "--issue-max-age", "0")) {
            assertThat(new CookieBrowser().signIn(server.baseUrl, "ctl-token-1111\u0001").statusCode())
                    .isEqualTo(400);
            assertThat(new CookieBrowser().signIn(server.baseUrl, "wrong-token-2222").statusCode()).isEqualTo(401);
            CookieBrowser alice = new CookieBrowser();
            assertThat(alice.signIn(server.baseUrl, "alice-pat").statusCode()).isEqualTo(302);
            HttpResponse<String> created = alice.json("POST", server.baseUrl + "/rest/journeymaps/1.0/maps",
                    "{\"projectKey\":\"SHOP\",\"title\":\"Checkout\",\"type\":\"current-state\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            jira.close();
            assertThat(new CookieBrowser().signIn(server.baseUrl, "down-token-3333").statusCode()).isEqualTo(503);
            alice.get(server.baseUrl + "/rest/journeymaps/1.0/issues/search?q=SHOP-1");
            alice.get(server.baseUrl + "/plugins/servlet/journeymaps/project/SHOP");

            String log = server.log();
            assertThat(log).contains("Sign-in could not reach Jira"); // the log did record the failures
            for (String secret : SECRETS) {
                assertThat(log).as("the server log").doesNotContain(secret);
            }
        } finally {
            jira.close();
        }
    }
}
