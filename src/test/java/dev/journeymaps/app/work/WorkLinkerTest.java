package dev.journeymaps.app.work;

import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.store.work.AoIssueCache;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating and linking issues from cards, on real Active Objects with a recording tracker. */
class WorkLinkerTest {
    private static final Actor ALICE = new Actor("alice", "Alice");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private final AppFixture.Policy policy = new AppFixture.Policy();
    private final List<NewIssue> created = new ArrayList<>();
    /** What another user does to the map while Jira is creating the issue. */
    private Runnable whileCreating = () -> {
    };
    private WorkLinker linker;
    private MapCatalog catalog;

    private final IssueTracker tracker = new IssueTracker() {
        @Override
        public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
            return issueIds.stream().map(id -> new IssueSnapshot(id, "SHOP-" + id, "Existing", "Story", "To Do",
                    StatusCategory.TO_DO, "", Instant.now())).toList();
        }

        @Override
        public IssueSearchPage search(IssueQuery query, int limit) {
            return new IssueSearchPage(List.of(), false);
        }

        @Override
        public IssueSnapshot create(NewIssue newIssue) {
            created.add(newIssue);
            whileCreating.run();
            return new IssueSnapshot(30000 + created.size(), "SHOP-" + (100 + created.size()), newIssue.summary(),
                    newIssue.issueType(), "To Do", StatusCategory.TO_DO, "", Instant.now());
        }

        @Override
        public List<dev.journeymaps.app.work.tracker.IssueType> issueTypes(String projectKey) {
            throw new AssertionError("not used");
        }
    };

    /** Evidence as the editor will provide it. */
    private final CardEvidence evidence = new CardEvidence() {
        @Override
        public Map<Long, Instant> latestByCard(Collection<Long> mapIds) {
            return Map.of();
        }

        @Override
        public Map<Long, Integer> countByCard(Collection<Long> cardIds) {
            return Map.of();
        }

        @Override
        public List<String> describe(long mapId, long cardId) {
            return List.of("Interview: 9 of 20 trial users waited more than 5 days");
        }
    };

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        Clock clock = Clock.systemUTC();
        catalog = new MapCatalog(database.repository(), database.personas(), policy, new InMemoryStewardship(), clock);
        linker = new WorkLinker(database.repository(), policy, new AoIssueLinks(database.session()),
                new AoIssueCache(database.session()), IssueTrackers.single(tracker), evidence,
                () -> "https://maps.example.com/", clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MapBoard mapWithPainPoint(String details) {
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails("Trial", MapType.CURRENT_STATE, null, ""));
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        new BoardEditor(database.repository(), policy, Clock.systemUTC()).addCard(ALICE, board.map().id(), 1, pain,
                board.stages().get(0).id(), null, new Card.Content("Warehouse connection\nneeds IT credentials", details));
        return catalog.viewMap(ALICE, board.map().id());
    }

    @Test
    void anIssueCreatedFromACardCarriesTheProblemItsEvidenceAndALinkBackToTheMap() {
        MapBoard board = mapWithPainPoint("Trial users cannot connect their warehouse without IT.");
        long cardId = board.cards().get(0).id();

        LinkResult result = linker.createAndLink(ALICE, board.map().id(), board.version(), cardId, "Epic", null);

        NewIssue issue = created.get(0);
        assertThat(issue.projectKey()).isEqualTo("SHOP");
        assertThat(issue.issueType()).isEqualTo("Epic");
        assertThat(issue.summary()).isEqualTo("Warehouse connection needs IT credentials");
        assertThat(issue.description()).isEqualTo("Trial users cannot connect their warehouse without IT.\n\n"
                + "Evidence:\n- Interview: 9 of 20 trial users waited more than 5 days\n\n"
                + "Journey map: https://maps.example.com/plugins/servlet/journeymaps/map/" + board.map().id());
        assertThat(result.created()).isTrue();
        assertThat(result.version()).isEqualTo(board.version() + 1);
        assertThat(new AoIssueLinks(database.session()).ofMap(board.map().id())).singleElement()
                .satisfies(link -> assertThat(link.issueKey()).isEqualTo("SHOP-101"));
    }

    @Test
    void anIssueCreatedWhileSomeoneElseEditsTheMapIsStillLinkedAtTheNewVersion() {
        MapBoard board = mapWithPainPoint("");
        long cardId = board.cards().get(0).id();
        whileCreating = () -> new BoardEditor(database.repository(), policy, Clock.systemUTC()).renameStage(ALICE,
                board.map().id(), board.version(), board.stages().get(0).id(), "Sign up");

        LinkResult result = linker.createAndLink(ALICE, board.map().id(), board.version(), cardId, "Epic", null);

        assertThat(result.created()).isTrue();
        assertThat(result.version()).isEqualTo(board.version() + 2);
        assertThat(new AoIssueLinks(database.session()).ofMap(board.map().id())).singleElement()
                .satisfies(link -> assertThat(link.issueKey()).isEqualTo("SHOP-101"));
    }

    @Test
    void anIssueCreatedForACardDeletedMeanwhileIsReportedByKeyAndLinksNothing() {
        MapBoard board = mapWithPainPoint("");
        long cardId = board.cards().get(0).id();
        whileCreating = () -> new BoardEditor(database.repository(), policy, Clock.systemUTC()).deleteCard(ALICE,
                board.map().id(), board.version(), cardId);

        assertThatThrownBy(() -> linker.createAndLink(ALICE, board.map().id(), board.version(), cardId, "Epic", null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Created SHOP-101");
        assertThat(new AoIssueLinks(database.session()).ofMap(board.map().id())).isEmpty();
    }

    @Test
    void withoutEditRightsNothingIsCreatedLinkedOrUnlinked() {
        MapBoard board = mapWithPainPoint("");
        long mapId = board.map().id();
        long cardId = board.cards().get(0).id();
        linker.link(ALICE, mapId, board.version(), cardId, new WorkLinker.Target(20001L, null));
        MapBoard before = catalog.viewMap(ALICE, mapId);
        policy.edit = false;

        assertThatThrownBy(() -> linker.createAndLink(ALICE, mapId, before.version(), cardId, "Epic", null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> linker.link(ALICE, mapId, before.version(), cardId, new WorkLinker.Target(20002L, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> linker.unlink(ALICE, mapId, before.version(), cardId, 20001))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(created).isEmpty();
        assertThat(catalog.viewMap(ALICE, mapId)).isEqualTo(before);
        assertThat(new AoIssueLinks(database.session()).ofMap(mapId)).extracting(link -> link.issueId()).containsExactly(20001L);
    }
}
