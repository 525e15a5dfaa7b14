package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in life with a real Jira, over HTTP on both stand-in flavours (issue 11, points 4, 8, 9 and 10's per-session
 * sign-out): a token revoked after sign-in sends the user to sign in again and back to the page they were on; a DC
 * CAPTCHA challenge is named as such; signing out ends one session only; owners are Jira's users (with avatars); the
 * home page lists the projects Jira lets the user browse.
 */
class JiraSessionTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;

    private void start(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour);
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", Duration.ZERO, Duration.ofMinutes(5)), null));
    }

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void aTokenRevokedAfterSignInAsksToSignInAgainAndComesBackToThePage(FakeJiraServer.Flavour flavour) {
        start(flavour);
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long mapId = alice.mapWithPainPointLinkedTo()[0];
        String page = "/plugins/servlet/journeymaps/map/" + mapId;
        jira.behaviour.refusedUsers.add("alice");

        HttpResponse<String> revoked = alice.get(page);
        HttpResponse<String> rest = alice.get(API + "/maps/" + mapId);
        HttpResponse<String> login = alice.get("/login.jsp");

        assertThat(revoked.statusCode()).isEqualTo(302);
        String location = revoked.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login.jsp?os_destination=").contains("map%2F" + mapId);
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(login.body()).as("no 'You are signed in' on a dead session").doesNotContain("You are signed in").contains("id=\"jm-password\"");

        jira.behaviour.refusedUsers.clear();
        String[] credentials = jira.credentials("alice");
        HttpResponse<String> again = alice.signIn(credentials[0], credentials[1], page);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(alice.get(page).statusCode()).isEqualTo(200);
    }

    @Test
    void aDataCenterCaptchaChallengeIsNamedNotCalledWrongCredentials() {
        start(FakeJiraServer.Flavour.DATA_CENTER);
        jira.behaviour.captchaUsers.add("alice");

        HttpResponse<String> refused = new JiraBrowser(server).signIn("", "alice-pat", "/login.jsp");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("CAPTCHA").doesNotContain("did not accept these credentials");
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void signingOutInOneBrowserLeavesTheOtherSignedIn(FakeJiraServer.Flavour flavour) {
        start(flavour);
        JiraBrowser laptop = new JiraBrowser(server);
        JiraBrowser phone = new JiraBrowser(server);
        laptop.signIn(jira, "alice");
        phone.signIn(jira, "alice");

        Matcher csrf = TOKEN.matcher(laptop.get("/login.jsp").body());
        assertThat(csrf.find()).isTrue();
        assertThat(laptop.form("/logout", FakeJiraServer.form("atl_token", csrf.group(1))).statusCode()).isEqualTo(302);

        assertThat(laptop.get(API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(401);
        assertThat(phone.get(API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void ownersAreJirasUsersPickedWithTheirAvatars(FakeJiraServer.Flavour flavour) {
        start(flavour);
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long mapId = alice.mapWithPainPointLinkedTo()[0];

        JsonNode people = JiraBrowser.json(alice.get(API + "/users?query=bob"));
        assertThat(people).hasSize(1);
        String bob = people.get(0).path("key").asText();
        assertThat(people.get(0).path("displayName").asText()).isEqualTo("Bob Browser");
        assertThat(people.get(0).path("avatarUrl").asText()).isNotEmpty();
        assertThat(bob).isEqualTo(flavour == FakeJiraServer.Flavour.CLOUD ? "acc-bob" : "JIRAUSER-bob");

        HttpResponse<String> owned = alice.json("PUT", API + "/maps/" + mapId + "/owner", "{\"version\":2,\"owner\":\"" + bob + "\"}");
        HttpResponse<String> nobody = alice.json("PUT", API + "/maps/" + mapId + "/owner", "{\"version\":3,\"owner\":\"demo-sam\"}");
        HttpResponse<String> me = alice.json("PUT", API + "/maps/" + mapId + "/owner",
                "{\"version\":3,\"owner\":\"" + (flavour == FakeJiraServer.Flavour.CLOUD ? "acc-alice" : "JIRAUSER-alice") + "\"}");

        assertThat(owned.statusCode()).as(owned.body()).isEqualTo(200);
        assertThat(nobody.statusCode()).as("the offline demo team is not Jira's").isEqualTo(400);
        assertThat(me.statusCode()).as("the signed-in user may own it: " + me.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void theHomePageListsTheProjectsJiraLetsTheUserBrowse(FakeJiraServer.Flavour flavour) {
        start(flavour);
        JiraBrowser alice = new JiraBrowser(server);
        JiraBrowser bob = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        bob.signIn(jira, "bob");

        String alices = alice.get("/").body();
        String bobs = bob.get("/").body();

        assertThat(alices).contains("href=\"/plugins/servlet/journeymaps/project/SHOP\"", "Shop front",
                "href=\"/plugins/servlet/journeymaps/project/SEC\"", "Security");
        assertThat(bobs).contains("Shop front").doesNotContain("/project/SEC", "Security");
    }
}
