package dev.journeymaps.app.work;

import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.Actor;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.store.work.AoActionableCards;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The issue sets behind journeyIssues / painPointIssues / opportunityIssues, on real Active Objects. */
class IssueSetsTest {
    private static final Actor ALICE = new Actor("alice", "Alice");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private final AppFixture.Policy policy = new AppFixture.Policy();
    private IssueSets sets;
    private MapCatalog catalog;
    private BoardEditor editor;
    private AoIssueLinks links;
    /** Jira lets Alice see every issue but 10003. */
    private final IssueTracker jira = new IssueTracker() {
        @Override
        public List<IssueSnapshot> fetch(Collection<Long> ids) {
            return ids.stream().filter(id -> id != 10003L).map(id -> new IssueSnapshot(id, "SHOP-" + id, "", "Story",
                    "To Do", StatusCategory.TO_DO, "", Instant.now())).toList();
        }

        @Override
        public IssueSearchPage search(IssueQuery query, int limit) {
            throw new AssertionError("not used");
        }

        @Override
        public IssueSnapshot create(dev.journeymaps.domain.work.NewIssue newIssue) {
            throw new AssertionError("not used");
        }

        @Override
        public List<dev.journeymaps.app.work.tracker.IssueType> issueTypes(String projectKey) {
            throw new AssertionError("not used");
        }
    };

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        catalog = new MapCatalog(database.repository(), database.personas(), policy, new InMemoryStewardship(), Clock.systemUTC());
        editor = new BoardEditor(database.repository(), policy, Clock.systemUTC());
        links = new AoIssueLinks(database.session());
        sets = new IssueSets(database.repository(), policy, links, new AoActionableCards(database.session()),
                IssueTrackers.single(jira));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A map with a pain point in the first stage (issues 10001, 10003) and an opportunity in the second (10002). */
    private MapBoard trialMap(String title) {
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails(title, MapType.CURRENT_STATE, null, ""));
        long mapId = board.map().id();
        long pain = lane(board, LaneKind.PAIN_POINTS);
        long opportunity = lane(board, LaneKind.OPPORTUNITIES);
        Added first = editor.addCard(ALICE, mapId, board.version(), pain, board.stages().get(0).id(), null,
                new Card.Content("Setup takes a week", ""));
        Added second = editor.addCard(ALICE, mapId, first.board().version(), opportunity, board.stages().get(1).id(), null,
                new Card.Content("Guided setup", ""));
        link(mapId, first.id(), 10001L);
        link(mapId, first.id(), 10003L);
        link(mapId, second.id(), 10002L);
        return catalog.viewMap(ALICE, mapId);
    }

    private void link(long mapId, long cardId, long issueId) {
        links.add(new IssueLink(mapId, cardId, issueId, "SHOP-" + issueId, "alice", Instant.now()));
    }

    private static long lane(MapBoard board, LaneKind kind) {
        return board.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
    }

    @Test
    void aProjectsSetsByKind() {
        trialMap("Trial");

        assertThat(sets.linked(ALICE, IssueSets.Kind.JOURNEY, "shop", null, null).issueIds()).containsExactly(10001L, 10002L, 10003L);
        assertThat(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "SHOP", null, null).issueIds()).containsExactly(10001L, 10003L);
        assertThat(sets.linked(ALICE, IssueSets.Kind.OPPORTUNITIES, "SHOP", null, null).jql()).isEqualTo("id in (10002)");
    }

    @Test
    void aMapByTitleOrIdAndAStageByName() {
        MapBoard trial = trialMap("Trial");
        trialMap("Renewal");

        assertThat(sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", "trial", null).issueIds()).hasSize(3);
        assertThat(sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", String.valueOf(trial.map().id()),
                trial.stages().get(1).name()).issueIds()).containsExactly(10002L);
    }

    @Test
    void onlyTheIssuesJiraLetsTheUserSee() {
        trialMap("Trial");

        assertThat(sets.visible(ALICE, IssueSets.Kind.PAIN_POINTS, "SHOP", null, null).issueIds()).containsExactly(10001L);
    }

    @Test
    void noLinksIsAnEmptySetWithoutJql() {
        catalog.createMap(ALICE, "SHOP", new MapDetails("Empty", MapType.CURRENT_STATE, null, ""));

        LinkedIssueSet set = sets.visible(ALICE, IssueSets.Kind.JOURNEY, "SHOP", "Empty", null);
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.jql()).isEmpty();
    }

    @Test
    void unknownMapsStagesAndInvisibleProjectsAreNamedInTheError() {
        trialMap("Trial");
        trialMap("Trial");

        assertThatThrownBy(() -> sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", "Nope", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No journey map \"Nope\" in project SHOP");
        assertThatThrownBy(() -> sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", "Trial", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Several journey maps");
        policy.view = false;
        assertThatThrownBy(() -> sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No project \"SHOP\"");
    }

    @Test
    void anUnknownStageIsNamed() {
        trialMap("Trial");

        assertThatThrownBy(() -> sets.linked(ALICE, IssueSets.Kind.JOURNEY, "SHOP", "Trial", "Nowhere"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No stage \"Nowhere\"");
    }
}
