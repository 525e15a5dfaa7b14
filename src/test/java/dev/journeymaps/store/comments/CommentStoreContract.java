package dev.journeymaps.store.comments;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.domain.comments.Notice;
import dev.journeymaps.store.StatementCounter;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ProjectAccessPolicy;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.history.AoUndoLog;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import dev.journeymaps.store.work.AoIssueLinks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments on cards and their "For you" notices on Active Objects, run against each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CommentStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" 😀 @[bob] ünïcode";

    private final StatementCounter counter = new StatementCounter();
    private EmbeddedDatabase database;
    private MapRepository maps;
    private AoCommentRepository comments;

    protected abstract DatabaseConfig config() throws Exception;

    protected void shutDown() throws Exception {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        database = EmbeddedDatabase.open(config(), counter::wrap);
        maps = database.repository();
        comments = new AoCommentRepository(database.session());
    }

    @AfterAll
    void closeDatabase() throws Exception {
        database.close();
        shutDown();
    }

    /** A map with two pain points; returns {mapId, cardA, cardB}. */
    private long[] mapWithTwoCards() {
        JourneyMap map = maps.createMap("CMT", new MapDetails("Map", MapType.CURRENT_STATE, ScopeCard.EMPTY, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", T0);
        MapBoard board = maps.loadBoard(map.id()).orElseThrow();
        long lane = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        long stage = board.stages().get(0).id();
        long[] cards = maps.change(map.id(), 1, "alice", T0, writer -> new long[]{
                writer.insertCard(lane, stage, 0, new Card.Content("A", "", null, null)),
                writer.insertCard(lane, stage, 1, new Card.Content("B", "", null, null))});
        return new long[]{map.id(), cards[0], cards[1]};
    }

    private CardComment comment(long mapId, long cardId, String author, String text, Instant at) {
        return maps.change(mapId, maps.findMap(mapId).orElseThrow().version(), author, at,
                writer -> comments.add(mapId, cardId, author, new CommentText(text), at));
    }

    @Test
    void commentsAreReadPerCardAndPerMapOldestFirstEachInOneQuery() {
        long[] m = mapWithTwoCards();
        long[] other = mapWithTwoCards();
        CardComment second = comment(m[0], m[1], "bob", "second", T0.plusSeconds(20));
        CardComment first = comment(m[0], m[1], "alice", "first", T0.plusSeconds(10));
        CardComment onB = comment(m[0], m[2], "alice", "on B", T0.plusSeconds(30));
        comment(other[0], other[1], "alice", "elsewhere", T0);

        counter.reset();
        List<CardComment> ofCard = comments.ofCard(m[0], m[1]);
        assertThat(counter.count()).as("statements for one card's comments").isEqualTo(1);
        counter.reset();
        List<CardComment> ofMap = comments.ofMap(m[0]);
        assertThat(counter.count()).as("statements for one map's comments").isEqualTo(1);

        assertThat(ofCard).extracting(c -> c.text().raw()).containsExactly("first", "second");
        assertThat(ofCard.get(0)).isEqualTo(first);
        assertThat(ofCard.get(1).authorKey()).isEqualTo("bob");
        assertThat(ofMap).containsExactly(first, second, onB);
        assertThat(second.edited()).isFalse();
    }

    @Test
    void hostileTextAndMentionsAreKeptAsWrittenAndAnEditIsDated() {
        long[] m = mapWithTwoCards();
        CardComment written = comment(m[0], m[1], "alice", HOSTILE, T0);

        CardComment read = comments.find(m[0], m[1], written.id()).orElseThrow();
        assertThat(read.text().raw()).isEqualTo(HOSTILE);
        assertThat(read.text().mentions()).containsExactly("bob");
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(comments.find(m[0], m[2], written.id())).as("not on another card").isEmpty();

        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.update(written.id(), new CommentText("edited"), T0.plusSeconds(60));
            return null;
        });
        CardComment edited = comments.find(m[0], m[1], written.id()).orElseThrow();
        assertThat(edited.text().raw()).isEqualTo("edited");
        assertThat(edited.editedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(edited.createdAt()).isEqualTo(T0);
    }

    @Test
    void noticesAreToldOncePerUserListedPerUserAndMapDismissedOnlyByTheirUser() {
        long[] m = mapWithTwoCards();
        long[] other = mapWithTwoCards();
        CardComment c = comment(m[0], m[1], "alice", "@[bob] and @[carol]", T0);
        CardComment elsewhere = comment(other[0], other[1], "alice", "@[bob]", T0);
        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.addNotices(c, Map.of("bob", Notice.Reason.MENTION, "carol", Notice.Reason.MENTION));
            comments.addNotices(c, Map.of("bob", Notice.Reason.MENTION, "dana", Notice.Reason.OWNER));
            comments.addNotices(elsewhere, Map.of("bob", Notice.Reason.MENTION));
            return null;
        });

        List<Notice> bobs = comments.noticesFor("bob", List.of(m[0]));
        assertThat(bobs).singleElement().satisfies(n -> {
            assertThat(n.commentId()).isEqualTo(c.id());
            assertThat(n.cardId()).isEqualTo(m[1]);
            assertThat(n.reason()).isEqualTo(Notice.Reason.MENTION);
        });
        assertThat(comments.noticesFor("bob", List.of(m[0], other[0]))).hasSize(2);
        assertThat(comments.noticesFor("dana", List.of(m[0]))).extracting(Notice::reason).containsExactly(Notice.Reason.OWNER);

        assertThat(comments.dismiss("carol", bobs.get(0).id())).as("someone else's notice").isFalse();
        assertThat(comments.dismiss("bob", bobs.get(0).id())).isTrue();
        assertThat(comments.noticesFor("bob", List.of(m[0]))).isEmpty();
        assertThat(comments.noticesFor("carol", List.of(m[0]))).hasSize(1);

        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.removeNotices(c.id(), Set.of("carol", "dana"));
            return null;
        });
        assertThat(comments.noticesFor("carol", List.of(m[0]))).as("mention taken back").isEmpty();
        assertThat(comments.noticesFor("dana", List.of(m[0]))).as("an owner's notice is not a mention").hasSize(1);
        assertThat(comments.byIds(List.of(c.id(), elsewhere.id()))).extracting(CardComment::id)
                .containsExactlyInAnyOrder(c.id(), elsewhere.id());
        assertThat(comments.cardTexts(List.of(m[1], m[2]))).isEqualTo(Map.of(m[1], "A", m[2], "B"));
    }

    @Test
    void aDeletedCommentTakesItsNoticesWithIt() {
        long[] m = mapWithTwoCards();
        CardComment c = comment(m[0], m[1], "alice", "@[bob]", T0);
        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.addNotices(c, Map.of("bob", Notice.Reason.MENTION));
            comments.delete(c.id());
            return null;
        });
        assertThat(comments.ofCard(m[0], m[1])).isEmpty();
        assertThat(comments.noticesFor("bob", List.of(m[0]))).isEmpty();
    }

    @Test
    void commentsAndNoticesGoWithTheirCardAndNotWithItsNeighbour() {
        long[] m = mapWithTwoCards();
        CardComment onA = comment(m[0], m[1], "alice", "@[bob] on A", T0);
        CardComment onB = comment(m[0], m[2], "alice", "@[bob] on B", T0);
        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.addNotices(onA, Map.of("bob", Notice.Reason.MENTION));
            comments.addNotices(onB, Map.of("bob", Notice.Reason.MENTION));
            return null;
        });

        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            writer.deleteCard(m[1]);
            return null;
        });

        assertThat(comments.ofMap(m[0])).containsExactly(onB);
        assertThat(comments.noticesFor("bob", List.of(m[0]))).extracting(Notice::commentId).containsExactly(onB.id());
    }

    @Test
    void commentsAndNoticesGoWithTheirMap() {
        long[] m = mapWithTwoCards();
        long[] kept = mapWithTwoCards();
        CardComment gone = comment(m[0], m[1], "alice", "@[bob]", T0);
        CardComment stays = comment(kept[0], kept[1], "alice", "@[bob]", T0);
        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0, writer -> {
            comments.addNotices(gone, Map.of("bob", Notice.Reason.MENTION));
            comments.addNotices(stays, Map.of("bob", Notice.Reason.MENTION));
            return null;
        });

        maps.deleteMap(m[0], maps.findMap(m[0]).orElseThrow().version());

        assertThat(comments.ofMap(m[0])).isEmpty();
        assertThat(comments.noticesFor("bob", List.of(m[0], kept[0]))).extracting(Notice::commentId).containsExactly(stays.id());
        assertThat(comments.ofMap(kept[0])).containsExactly(stays);
    }

    /** Card deletes (single, and with its stage) through the undo log: the comments are kept and Undo brings them back. */
    private BoardUndo undo() {
        ProjectAccessPolicy policy = new ProjectAccessPolicy(Set.of("CMT"));
        Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
        AoAuditLog audit = new AoAuditLog(database.session());
        return new BoardUndo(maps, policy, new BoardEditor(maps, policy, clock, audit), new AoUndoLog(database.session()),
                new AoIssueLinks(database.session()), new AoTriageRepository(database.session()), comments, audit, clock);
    }

    private static List<String> asWritten(List<CardComment> of) {
        return of.stream().map(c -> c.authorKey() + "|" + c.text().raw() + "|" + c.createdAt() + "|" + c.editedAt()).toList();
    }

    @Test
    void undoingACardDeleteBringsBackItsCommentsAsWritten() {
        Actor alice = new Actor("alice", "Alice");
        long[] m = mapWithTwoCards();
        comment(m[0], m[1], "bob", HOSTILE, T0.plusSeconds(10));
        CardComment edited = comment(m[0], m[1], "alice", "first draft", T0.plusSeconds(20));
        maps.change(m[0], maps.findMap(m[0]).orElseThrow().version(), "alice", T0.plusSeconds(30), writer -> {
            comments.update(edited.id(), new CommentText("second draft"), T0.plusSeconds(30));
            return null;
        });
        comment(m[0], m[2], "carol", "on B", T0.plusSeconds(40));
        List<String> before = asWritten(comments.ofCard(m[0], m[1]));
        BoardUndo undo = undo();

        MapBoard deleted = undo.deleteCard(alice, m[0], maps.findMap(m[0]).orElseThrow().version(), m[1]);
        assertThat(comments.ofCard(m[0], m[1])).as("deleted with the card").isEmpty();
        BoardUndo.Restored restored = undo.undo(alice, m[0], deleted.version());

        assertThat(restored.cardId()).isNotEqualTo(m[1]);
        assertThat(asWritten(comments.ofCard(m[0], restored.cardId()))).as("authors, texts and times as they were")
                .isEqualTo(before).hasSize(2);
        assertThat(before.get(1)).endsWith("|second draft|" + T0.plusSeconds(20) + "|" + T0.plusSeconds(30));
        assertThat(asWritten(comments.ofCard(m[0], m[2]))).as("the other card's, untouched").hasSize(1);
        assertThat(comments.ofMap(m[0])).hasSize(3);
    }

    @Test
    void undoingAStageDeleteBringsBackItsCardsComments() {
        Actor alice = new Actor("alice", "Alice");
        long[] m = mapWithTwoCards();
        comment(m[0], m[1], "bob", "on A", T0.plusSeconds(10));
        comment(m[0], m[2], "carol", "on B", T0.plusSeconds(20));
        MapBoard board = maps.loadBoard(m[0]).orElseThrow();
        long stage = board.card(m[1]).orElseThrow().stageId();
        BoardUndo undo = undo();

        MapBoard deleted = undo.deleteStage(alice, m[0], board.version(), stage);
        assertThat(comments.ofMap(m[0])).as("deleted with the stage's cards").isEmpty();
        undo.undo(alice, m[0], deleted.version());

        MapBoard back = maps.loadBoard(m[0]).orElseThrow();
        assertThat(comments.ofMap(m[0])).extracting(c -> back.card(c.cardId()).orElseThrow().text() + ": " + c.text().raw())
                .containsExactly("A: on A", "B: on B");
    }
}
