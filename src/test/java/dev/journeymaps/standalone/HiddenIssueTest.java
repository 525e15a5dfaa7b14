package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10.2 and 10.11 over HTTP, with the stand-in Data Center Jira: Alice may see SEC-1, Bob may not. Alice links
 * SEC-1 (and SHOP-1, which both may see) to a pain point on a SHOP map both may browse and views it, so the shared
 * cache holds SEC-1. Then, with Jira normal, slow (3 s), down, answering 429, or refusing Bob's token, Bob's map
 * status, map page, project status and {@code /issues/{id}/cards} never show SEC-1's key, summary or status.
 */
class HiddenIssueTest {
    private static final long SEC_1 = 20009;
    private static final List<String> SECRETS = List.of("SEC-1", "Secret summary 2", "Embargoed");

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private JiraBrowser alice;
    private JiraBrowser bob;
    private long mapId;

    @BeforeEach
    void aliceFillsTheCacheWithSec1() {
        jira = new FakeJiraServer()
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"))
                .with(new FakeJiraServer.Issue(SEC_1, "SEC-1", "Secret summary 2", "Task", "Embargoed", "indeterminate"));
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", Duration.ZERO, Duration.ZERO), null));
        alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        mapId = alice.mapWithPainPointLinkedTo("SHOP-1", "SEC-1")[0];
        String seenByAlice = alice.get(API + "/maps/" + mapId + "/status").body();
        assertThat(seenByAlice).as("the test can fail: Alice's view holds the secrets").contains(SECRETS);
        assertThat(alice.get(API + "/issues/" + SEC_1 + "/cards").body()).contains("Checkout asks for an account");
        bob = new JiraBrowser(server);
        bob.signIn(jira, "bob");
    }

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    /** Everything Bob can ask about the map and SEC-1, none of it naming SEC-1. */
    private void bobSeesNoSecret() {
        HttpResponse<String> status = bob.get(API + "/maps/" + mapId + "/status");
        HttpResponse<String> page = bob.get("/plugins/servlet/journeymaps/map/" + mapId);
        HttpResponse<String> project = bob.get(API + "/projects/SHOP/status");
        HttpResponse<String> list = bob.get("/plugins/servlet/journeymaps/project/SHOP");
        HttpResponse<String> cards = bob.get(API + "/issues/" + SEC_1 + "/cards");
        for (HttpResponse<String> response : List.of(status, page, project, list, cards)) {
            // 503 (ours) is honest when Jira never told us what Bob may do; a 500 never is.
            assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(200, 302, 401, 404, 503);
            for (String secret : SECRETS) {
                assertThat(response.body()).as(response.uri().toString()).doesNotContain(secret);
            }
        }
        assertThat(cards.body()).doesNotContain("Checkout asks for an account");
    }

    @Test
    void jiraNormal() {
        bobSeesNoSecret();
        JsonNode status = JiraBrowser.json(bob.get(API + "/maps/" + mapId + "/status"));
        JsonNode links = status.get("cards").get(0).get("links");
        assertThat(links).hasSize(2);
        assertThat(links.get(0).get("issueKey").asText()).isEqualTo("SHOP-1");
        assertThat(links.get(1).get("issueKey").asText()).isEmpty();
        assertThat(links.get(1).get("issue").get("withheld").asBoolean()).isTrue();
        // Jira answered as Bob: the issue is not there for him (over REST, deleted and hidden look alike), not counted.
        assertThat(links.get(1).get("issue").get("absent").asText()).isEqualTo("deleted-or-hidden");
        assertThat(status.get("cards").get(0).get("progress").get("total").asInt()).isEqualTo(1);
        assertThat(bob.get("/plugins/servlet/journeymaps/map/" + mapId).body()).contains("Deleted in Jira or hidden from you", "SHOP-1");
    }

    @Test
    void jiraSlow() {
        jira.behaviour.delay = Duration.ofSeconds(3);
        bobSeesNoSecret();
    }

    @Test
    void jiraDownAfterBobLookedOnce() {
        bob.get(API + "/maps/" + mapId + "/status");
        jira.close();
        bobSeesNoSecret();
        JsonNode status = JiraBrowser.json(bob.get(API + "/maps/" + mapId + "/status"));
        assertThat(status.get("jiraUnavailable").asBoolean()).isTrue();
        assertThat(status.get("cards").get(0).get("links").get(0).get("issueKey").asText())
                .as("what Jira confirmed for Bob is still shown, marked").isEqualTo("SHOP-1");
    }

    @Test
    void jiraDownBeforeBobEverLooked() {
        jira.close();
        bobSeesNoSecret();
    }

    @Test
    void jiraAnswering429() {
        jira.behaviour.retryAfterSeconds = 3600;
        bobSeesNoSecret();
    }

    @Test
    void jiraRefusingBobsToken() {
        jira.behaviour.refusedUsers.add("bob");
        HttpResponse<String> status = bob.get(API + "/maps/" + mapId + "/status");
        assertThat(status.statusCode()).as("a refused token is not an outage").isEqualTo(401);
        bobSeesNoSecret();
        HttpResponse<String> page = bob.get("/plugins/servlet/journeymaps/map/" + mapId);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login.jsp?os_destination=")
                .contains("map%2F" + mapId);
    }
}
