package dev.journeymaps.store.exchange;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.exchange.ExchangeDocument;
import dev.journeymaps.app.exchange.ImportReport;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import dev.journeymaps.store.work.AoIssueLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import that fails half way — the second map's first issue link cannot be written, after the persona and the
 * first map are — leaves nothing behind: one transaction around the whole import, over the real store on H2.
 */
class ImportRollbackTest {
    private static final Actor ACTOR = new Actor("admin", "Admin");
    @TempDir
    Path dir;
    private EmbeddedDatabase database;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dir));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFailureHalfWayRollsBackEveryMapAndPersona() {
        AtomicInteger writes = new AtomicInteger();
        MapTransfer transfer = transfer(new FailingLinks(new AoIssueLinks(database.session()), writes, 2));
        assertThatThrownBy(() -> transfer.importInto(ACTOR, "ROLL", document(), Map.of(), false))
                .hasMessageContaining("disk full");
        assertThat(writes.get()).as("the first map's link was written before the failure").isEqualTo(2);
        assertThat(database.repository().listMaps("ROLL")).isEmpty();
        assertThat(database.personas().listPersonas("ROLL")).isEmpty();

        ImportReport report = transfer(new AoIssueLinks(database.session())).importInto(ACTOR, "ROLL", document(), Map.of(), false);
        assertThat(report.maps()).extracting(ImportReport.MapResult::action).containsExactly("create", "create");
        assertThat(database.repository().listMaps("ROLL")).hasSize(2);
        assertThat(transfer(new AoIssueLinks(database.session())).exportProject(ACTOR, "ROLL").maps())
                .isEqualTo(document().maps());
    }

    private MapTransfer transfer(IssueLinks links) {
        AccessPolicy all = new AccessPolicy() {
            public boolean canView(Actor actor, String projectKey) {
                return true;
            }

            public boolean canEdit(Actor actor, String projectKey) {
                return true;
            }

            public boolean canAdminister(Actor actor, String projectKey) {
                return true;
            }
        };
        Directory nobody = new Directory() {
            public List<DirectoryUser> search(String query, int limit) {
                return List.of();
            }

            public Optional<DirectoryUser> user(String userKey) {
                return Optional.empty();
            }
        };
        return new MapTransfer(database.repository(), database.personas(), new AoTriageRepository(database.session()), links, all,
                nobody, new AoExchangeTransaction(database.session()), Clock.systemUTC(),
                new AoReviewRepository(database.session()), new AoSnapshotRepository(database.session(), 10),
                actor -> {
                    throw new AssertionError("links are kept as written here: no Jira is asked");
                }, new dev.journeymaps.store.comments.AoCommentRepository(database.session()));
    }

    private static ExchangeDocument document() {
        return new ExchangeDocument(1, "project", "SRC", List.of(new ExchangeDocument.PersonaDoc("Ops lead", "Runs it", "", "")),
                List.of(map("Alpha", 10001L), map("Beta", 10002L)));
    }

    private static ExchangeDocument.MapDoc map(String title, long issueId) {
        return new ExchangeDocument.MapDoc(title, "current-state", "", "Ops lead",
                new ExchangeDocument.ScopeDoc("", "Onboarding", "", ""), "impact-feasibility", List.of("Buy", "Use"),
                List.of(new ExchangeDocument.LaneDoc("pain-points", "Pain points", false),
                        new ExchangeDocument.LaneDoc("thoughts", "Thoughts", true)),
                // cards in the order exports write them: by stage, then lane, then place in the cell
                List.of(new ExchangeDocument.CardDoc(0, 1, "Is this worth it?", "", null, null, "", null, List.of(), List.of(),
                                List.of(new ExchangeDocument.CommentDoc("alice", "Ask @[bob] about it", "2026-11-02T09:00:00Z", null))),
                        new ExchangeDocument.CardDoc(1, 0, "Setup takes a week", "", null, null, "",
                                new ExchangeDocument.ScoresDoc(4, 3, null, null, null),
                                List.of(new ExchangeDocument.EvidenceDoc("interview", false, 3, "", "We gave up twice", "2026-11-02", null)),
                                List.of(new ExchangeDocument.LinkDoc(issueId, "SRC-" + (issueId - 10000))), null)), null, List.of());
    }

    /** Issue links that fail on the {@code failAt}-th write, as a full disk or a lost connection would. */
    private record FailingLinks(IssueLinks delegate, AtomicInteger writes, int failAt) implements IssueLinks {
        FailingLinks(IssueLinks delegate) {
            this(delegate, new AtomicInteger(), Integer.MAX_VALUE);
        }

        public List<IssueLink> ofMap(long mapId) {
            return delegate.ofMap(mapId);
        }

        public List<IssueLink> ofMaps(Collection<Long> mapIds) {
            return delegate.ofMaps(mapIds);
        }

        public List<IssueLink> ofIssue(long issueId) {
            return delegate.ofIssue(issueId);
        }

        public boolean add(IssueLink link) {
            if (writes.incrementAndGet() >= failAt) {
                throw new IllegalStateException("disk full");
            }
            return delegate.add(link);
        }

        public boolean remove(long mapId, long cardId, long issueId) {
            return delegate.remove(mapId, cardId, issueId);
        }
    }
}
