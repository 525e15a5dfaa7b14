package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two standalone nodes on one PostgreSQL, as behind a load balancer: a user signed in on one node keeps working on
 * the other, signing out ends only that browser's session (on both nodes), and the database holds no usable secret.
 */
class SessionsAcrossNodesTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static EmbeddedPostgres postgres;
    private static FakeJiraServer jira;
    private static StandaloneServer nodeA;
    private static StandaloneServer nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jira = new FakeJiraServer().with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"));
        DatabaseConfig database = new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        JiraConfig jiraConfig = new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO);
        nodeA = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, database, false, jiraConfig, null));
        nodeB = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, database, false, jiraConfig, null));
    }

    @AfterAll
    static void stop() throws Exception {
        nodeA.close();
        nodeB.close();
        jira.close();
        postgres.close();
    }

    @Test
    void aUserSignedInOnNodeAKeepsWorkingOnNodeB() {
        CookieBrowser alice = new CookieBrowser();
        assertThat(alice.signIn(nodeA.baseUrl(), "alice-pat").statusCode()).isEqualTo(302);

        HttpResponse<String> created = alice.json("POST", nodeB.baseUrl() + API + "/maps",
                "{\"projectKey\":\"SHOP\",\"title\":\"Made on node B\",\"type\":\"current-state\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(alice.get(nodeA.baseUrl() + API + "/maps?projectKey=SHOP").body()).contains("Made on node B");
        assertThat(alice.get(nodeB.baseUrl() + "/plugins/servlet/journeymaps/project/SHOP").statusCode()).isEqualTo(200);
        assertThat(alice.get(nodeB.baseUrl() + "/login.jsp").body()).contains("Alice Editor");
    }

    @Test
    void signingOutInOneBrowserEndsThatSessionOnEveryNodeAndKeepsTheOtherBrowserSignedIn() {
        CookieBrowser laptop = new CookieBrowser();
        CookieBrowser phone = new CookieBrowser();
        laptop.signIn(nodeA.baseUrl(), "alice-pat");
        phone.signIn(nodeB.baseUrl(), "alice-pat");
        assertThat(laptop.get(nodeB.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);

        assertThat(laptop.signOut(nodeB.baseUrl()).statusCode()).isEqualTo(302);

        assertThat(laptop.get(nodeA.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(401);
        assertThat(laptop.get(nodeB.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(401);
        assertThat(phone.get(nodeA.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);
        assertThat(phone.get(nodeB.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionTableHoldsNeitherTheCookieNorTheJiraToken() throws Exception {
        CookieBrowser bob = new CookieBrowser();
        HttpResponse<String> signedIn = bob.signIn(nodeA.baseUrl(), "bob-pat");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JOURNEYMAPS_SESSION="))
                .findFirst().orElseThrow().replaceFirst("^JOURNEYMAPS_SESSION=([^;]*);.*$", "$1");
        String table = EmbeddedDatabase.tablePrefix(dev.journeymaps.store.StoreEntities.NAMESPACE) + "SIGN_IN_SESSION";
        StringBuilder rows = new StringBuilder();
        try (Connection sql = postgres.getPostgresDatabase().getConnection();
             ResultSet all = sql.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
            while (all.next()) {
                for (int column = 1; column <= all.getMetaData().getColumnCount(); column++) {
                    rows.append(all.getString(column)).append('|');
                }
                rows.append('\n');
            }
        }
        assertThat(rows).contains("JIRAUSER-bob").doesNotContain("bob-pat").doesNotContain(cookie);
    }

    /** Every user's Jira client shares the site's one HTTP client: signing in more users starts no selector threads. */
    @Test
    void signedInUsersShareOneHttpClientPerJiraSite() {
        CookieBrowser[] users = new CookieBrowser[8];
        for (int i = 0; i < users.length; i++) {
            users[i] = new CookieBrowser();
            users[i].get(nodeA.baseUrl() + "/login.jsp"); // the test's own HTTP clients exist before counting
        }
        long before = selectorThreads();
        for (CookieBrowser user : users) {
            assertThat(user.signIn(nodeA.baseUrl(), user == users[0] ? "bob-pat" : "alice-pat").statusCode()).isEqualTo(302);
            assertThat(user.get(nodeA.baseUrl() + API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);
        }
        assertThat(selectorThreads()).isLessThanOrEqualTo(before);
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().endsWith("SelectorManager")).count();
    }
}
