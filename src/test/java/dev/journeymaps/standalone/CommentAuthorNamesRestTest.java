package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: comments' authors and mentioned people show by display name wherever they show — the side panel's list,
 * the history (page and REST) and the "For you" list — also on a node that has not heard of them (here: after a
 * restart, when nobody but the reader has signed in since). The stand-in Data Center Jira's keys are
 * {@code JIRAUSER-<name>}; a name this node does not know is asked of Jira as the reader. A comment's history line
 * carries its card, so the history page's "On" cell links to it.
 */
class CommentAuthorNamesRestTest {
    private static final String ALICE = "JIRAUSER-alice";
    private static final String CAROL = "JIRAUSER-carol";

    @TempDir
    Path dataDir;

    @Test
    void anAuthorNobodyOnThisNodeHasSeenShowsByNameInThePanelTheHistoryAndForYou() {
        FakeJiraServer jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER);
        long[] card;
        StandaloneServer first = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        try {
            JiraBrowser alice = new JiraBrowser(first);
            alice.signIn(jira, "alice");
            card = alice.mapWithPainPointLinkedTo();
            HttpResponse<String> added = alice.json("POST", API + "/maps/" + card[0] + "/cards/" + card[1] + "/comments",
                    "{\"text\":\"Can @[" + CAROL + "] look?\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        } finally {
            first.close();
        }
        StandaloneServer restarted = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        try {
            JiraBrowser bob = new JiraBrowser(restarted);
            bob.signIn(jira, "bob");

            JsonNode panel = JiraBrowser.json(bob.get(API + "/maps/" + card[0] + "/cards/" + card[1] + "/comments"));
            assertThat(panel.at("/comments/0/author/key").asText()).isEqualTo(ALICE);
            assertThat(panel.at("/comments/0/author/displayName").asText()).as("the side panel").isEqualTo("Alice Editor");
            assertThat(panel.at("/comments/0/segments/1/mention/displayName").asText()).isEqualTo("Carol Colleague");

            JsonNode history = JiraBrowser.json(bob.get(API + "/maps/" + card[0] + "/history"));
            JsonNode commented = null;
            for (JsonNode line : history) {
                if (line.get("action").asText().equals("card.commented")) {
                    commented = line;
                }
            }
            assertThat(commented).as("the comment's history line").isNotNull();
            assertThat(commented.at("/by/displayName").asText()).isEqualTo("Alice Editor");
            assertThat(commented.get("cardId").asLong()).as("the line is about its card").isEqualTo(card[1]);
            String page = bob.get("/plugins/servlet/journeymaps/map/" + card[0] + "/history").body();
            assertThat(page).as("the history page").contains("Alice Editor").doesNotContain(ALICE);
            String row = java.util.Arrays.stream(page.split("<tr")).filter(r -> r.contains("Commented on pain point"))
                    .findFirst().orElseThrow();
            assertThat(row).as("the comment line's On cell links to the card")
                    .contains("href=\"/plugins/servlet/journeymaps/map/" + card[0] + "?card=" + card[1] + "\"");

            JiraBrowser carol = new JiraBrowser(restarted);
            carol.signIn(jira, "carol");
            String project = carol.get("/plugins/servlet/journeymaps/project/SHOP").body();
            int list = project.indexOf("id=\"jm-for-you\"");
            assertThat(list).as("carol has a For you list").isPositive();
            String forYou = project.substring(list, project.indexOf("</section>", list));
            assertThat(forYou).as("the For you list").contains("Mentions you", "<strong>Alice Editor</strong>").doesNotContain(ALICE);
        } finally {
            restarted.close();
            jira.close();
        }
    }
}
