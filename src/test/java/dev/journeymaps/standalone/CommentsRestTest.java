package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments on cards over HTTP, signed in to the stand-in Data Center Jira (issue 15, point 4): alice and carol edit
 * project SHOP, bob only browses it. A comment is a versioned change with its audit line; mentions are user keys shown
 * by name; the mentioned user and the card's owner find it under "For you" on the project page and dismiss it for
 * themselves; only editors comment, only the author edits or deletes; bad text is a 400 naming the field and writes
 * nothing; a comment goes with its card.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsRestTest {
    private static final String BOB = "JIRAUSER-bob";
    private static final String CAROL = "JIRAUSER-carol";
    private static final Pattern NOTICE = Pattern.compile("data-notice-id=\"(\\d+)\"");

    @TempDir
    static Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;
    private JiraBrowser alice;
    private JiraBrowser bob;
    private JiraBrowser carol;

    @BeforeAll
    void start() {
        jira = new FakeJiraServer(FakeJiraServer.Flavour.DATA_CENTER);
        server = JiraBrowser.serverFor(jira, dataDir, Duration.ofMinutes(1), Duration.ofMinutes(5));
        alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        bob = new JiraBrowser(server);
        bob.signIn(jira, "bob");
        carol = new JiraBrowser(server);
        carol.signIn(jira, "carol");
    }

    @AfterAll
    void stop() {
        server.close();
        jira.close();
    }

    private static String comments(long[] card) {
        return API + "/maps/" + card[0] + "/cards/" + card[1] + "/comments";
    }

    private static String body(String text) {
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private long version(long mapId) {
        return JiraBrowser.json(alice.get(API + "/maps/" + mapId)).get("version").asLong();
    }

    private String forYou(JiraBrowser who) {
        HttpResponse<String> page = who.get("/plugins/servlet/journeymaps/project/SHOP");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void aMentionIsForTheMentionedUserAndTheCardsOwnerWhoDismissItForThemselves() {
        long[] card = alice.mapWithPainPointLinkedTo();
        HttpResponse<String> owned = alice.json("PUT", API + "/maps/" + card[0] + "/triage/" + card[1] + "/owner",
                "{\"version\":2,\"owner\":\"" + CAROL + "\"}");
        assertThat(owned.statusCode()).as(owned.body()).isEqualTo(200);

        HttpResponse<String> added = alice.json("POST", comments(card), body("Can @[" + BOB + "] check <b>this</b>?"));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode written = JiraBrowser.json(added);
        assertThat(written.get("version").asLong()).as("a versioned change of the map").isEqualTo(4);
        assertThat(written.at("/comment/text").asText()).isEqualTo("Can @[" + BOB + "] check <b>this</b>?");
        assertThat(written.at("/comment/segments/1/mention/displayName").asText()).isEqualTo("Bob Browser");
        assertThat(written.at("/comment/segments/2/text").asText()).isEqualTo(" check <b>this</b>?");
        assertThat(written.at("/comment/author/displayName").asText()).isEqualTo("Alice Editor");
        JsonNode history = JiraBrowser.json(alice.get(API + "/maps/" + card[0] + "/history"));
        assertThat(history.findValuesAsText("summary")).as("the audit trail says it in words, with the name")
                .contains("Commented on pain point 'Checkout asks for an account': 'Can @Bob Browser check <b>this</b>?'");

        String bobs = forYou(bob);
        assertThat(bobs).contains("For you", "Mentions you", "/plugins/servlet/journeymaps/map/" + card[0] + "?card=" + card[1])
                .contains("check &lt;b&gt;this&lt;/b&gt;?").doesNotContain("<b>this</b>")
                .contains("<span class=\"jm-mention\">@Bob Browser</span>").doesNotContain("@[" + BOB + "]");
        assertThat(forYou(carol)).contains("For you", "On your card");
        assertThat(forYou(alice)).as("not for its author").doesNotContain("jm-for-you");

        Matcher notice = NOTICE.matcher(bobs);
        assertThat(notice.find()).isTrue();
        assertThat(carol.json("DELETE", API + "/notices/" + notice.group(1), null).statusCode()).as("someone else's notice")
                .isEqualTo(404);
        assertThat(bob.json("DELETE", API + "/notices/" + notice.group(1), null).statusCode()).isEqualTo(204);
        assertThat(forYou(bob)).doesNotContain("jm-for-you");
        assertThat(forYou(carol)).as("dismissed for bob only").contains("On your card");
    }

    @Test
    void viewersReadButOnlyEditorsCommentAndOnlyTheAuthorEditsOrDeletes() {
        long[] card = alice.mapWithPainPointLinkedTo();
        JsonNode added = JiraBrowser.json(alice.json("POST", comments(card), body("First")));
        String own = comments(card) + "/" + added.at("/comment/id").asLong();
        long before = version(card[0]);

        JsonNode read = JiraBrowser.json(bob.get(comments(card)));
        assertThat(read.get("canComment").asBoolean()).isFalse();
        assertThat(read.at("/comments/0/text").asText()).isEqualTo("First");
        assertThat(read.at("/comments/0/mine").asBoolean()).isFalse();
        assertThat(bob.json("POST", comments(card), body("Me too")).statusCode()).as("a viewer cannot comment").isEqualTo(403);
        assertThat(carol.json("PUT", own, body("Hijacked")).statusCode()).as("another editor cannot edit it").isEqualTo(403);
        assertThat(carol.json("DELETE", own, null).statusCode()).as("nor delete it").isEqualTo(403);
        assertThat(JiraBrowser.json(carol.get(comments(card))).at("/comments/0/text").asText()).isEqualTo("First");
        assertThat(version(card[0])).as("nothing written").isEqualTo(before);

        HttpResponse<String> edited = alice.json("PUT", own, body("First, edited"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(edited).at("/comment/editedAt").isTextual()).isTrue();
        assertThat(JiraBrowser.json(alice.get(comments(card))).at("/comments/0/mine").asBoolean()).isTrue();
        HttpResponse<String> deleted = alice.json("DELETE", own, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(JiraBrowser.json(deleted).get("version").asLong()).isEqualTo(before + 2);
        assertThat(JiraBrowser.json(alice.get(comments(card))).get("comments")).isEmpty();
        assertThat(JiraBrowser.json(alice.get(API + "/maps/" + card[0] + "/history")).findValuesAsText("action"))
                .contains("card.commented", "card.comment.edited", "card.comment.deleted");
    }

    @Test
    void emptyTooLongOrUnknownMentionIsA400NamingTheFieldAndWritesNothing() {
        long[] card = alice.mapWithPainPointLinkedTo();
        long before = version(card[0]);

        HttpResponse<String> empty = alice.json("POST", comments(card), body("   "));
        HttpResponse<String> tooLong = alice.json("POST", comments(card), body("x".repeat(2001)));
        HttpResponse<String> nobody = alice.json("POST", comments(card), body("Hi @[nobody-here]"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JiraBrowser.json(empty).at("/errors/text").asText()).isEqualTo("This field is required.");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JiraBrowser.json(tooLong).at("/errors/text").asText()).contains("at most 2000 characters");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(JiraBrowser.json(nobody).at("/errors/text").asText()).contains("nobody-here");
        assertThat(JiraBrowser.json(alice.get(comments(card))).get("comments")).isEmpty();
        assertThat(version(card[0])).isEqualTo(before);
    }

    @Test
    void aCommentGoesWithItsCard() {
        long[] card = alice.mapWithPainPointLinkedTo();
        assertThat(alice.json("POST", comments(card), body("@[" + BOB + "] going soon")).statusCode()).isEqualTo(201);
        assertThat(forYou(bob)).contains("going soon");

        HttpResponse<String> deleted = alice.json("DELETE", API + "/maps/" + card[0] + "/cards/" + card[1] + "?version="
                + version(card[0]), null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(alice.get(comments(card)).statusCode()).isEqualTo(404);
        assertThat(forYou(bob)).doesNotContain("going soon");
    }
}
