package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the 409 names who changed the card by the name Jira shows for them ("Alice Editor"), not by their user key
 * (Data Center {@code JIRAUSER…}) or account id (Cloud); the key stays beside it in the body's {@code conflict}.
 * Signed in to the stand-in Jira of each flavour: alice and carol both edit project SHOP.
 */
class ConflictAuthorNamesRestTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void aConflictOnTheSameCardNamesTheOtherEditorByDisplayName(FakeJiraServer.Flavour flavour) {
        FakeJiraServer jira = new FakeJiraServer(flavour);
        StandaloneServer server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        try {
            JiraBrowser alice = new JiraBrowser(server);
            alice.signIn(jira, "alice");
            JiraBrowser carol = new JiraBrowser(server);
            carol.signIn(jira, "carol");
            long[] card = alice.mapWithPainPointLinkedTo();
            String path = API + "/maps/" + card[0] + "/cards/" + card[1];

            HttpResponse<String> first = alice.json("PUT", path, "{\"version\":2,\"text\":\"Slow refunds\"}");
            HttpResponse<String> second = carol.json("PUT", path, "{\"version\":2,\"text\":\"Mine\"}");

            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            JsonNode body = JiraBrowser.json(second);
            String aliceKey = flavour == FakeJiraServer.Flavour.CLOUD ? "acc-alice" : "JIRAUSER-alice";
            assertThat(body.at("/errorMessages/0").asText())
                    .startsWith("'Slow refunds' was changed by Alice Editor at version 3 (you edited version 2, it is now at version 3)")
                    .doesNotContain(aliceKey);
            assertThat(body.at("/conflict/authorKey").asText()).isEqualTo(aliceKey);
            assertThat(body.at("/conflict/authorName").asText()).isEqualTo("Alice Editor");
            assertThat(body.at("/conflict/changedInVersion").asLong()).isEqualTo(3);
            assertThat(JiraBrowser.json(carol.get(API + "/maps/" + card[0])).findValuesAsText("text"))
                    .as("nothing of carol's write applied").contains("Slow refunds").doesNotContain("Mine");
        } finally {
            server.close();
            jira.close();
        }
    }
}
