package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.domain.Boards;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.StatusCategory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Priorities count linked work from the shared cache, without a user; an issue Jira itself said was deleted (in Jira,
 * where it can tell) is no longer linked work there either, while its cache row still holds its last status.
 */
class DeletedLinkedWorkTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final long KEPT = 1, DELETED = 2;

    @Test
    void anIssueJiraSaidWasDeletedIsNoLongerLinkedWork() {
        Boards boards = new Boards(1, LaneKind.PAIN_POINTS);
        long both = boards.card(0, 0, null, null);
        long onlyDeleted = boards.card(0, 0, null, null);
        MapBoard board = boards.board();
        Links links = new Links(List.of(link(both, KEPT), link(both, DELETED), link(onlyDeleted, DELETED)));
        Cache cache = new Cache();
        cache.put(List.of(issue(KEPT), issue(DELETED))); // DELETED's row still says To Do
        IssueStatusRefresher refresher = new IssueStatusRefresher(cache, actor -> jiraWithout(DELETED),
                RefreshPolicy.inline(Duration.ofMinutes(5)), Clock.fixed(NOW, java.time.ZoneOffset.UTC));

        Map<Long, LinkedWork> before = new CachedLinkedWork(links, cache, refresher).linkedWork(board);
        refresher.read(new Actor("alice", "Alice"), List.of(KEPT, DELETED)); // a map view asks Jira
        Map<Long, LinkedWork> after = new CachedLinkedWork(links, cache, refresher).linkedWork(board);

        assertThat(before.get(both).issues()).as("the test can fail: counted before Jira said so").isEqualTo(2);
        assertThat(after.get(both)).isEqualTo(new LinkedWork(1, 0, StatusCategory.TO_DO));
        assertThat(after).doesNotContainKey(onlyDeleted);
        assertThat(new CachedLinkedWork(links, cache).linkedWork(board).get(both).issues())
                .as("without Jira's word (over REST) nothing changes").isEqualTo(2);
    }

    private static IssueLink link(long cardId, long issueId) {
        return new IssueLink(1, cardId, issueId, "P-" + issueId, "alice", NOW);
    }

    private static IssueSnapshot issue(long id) {
        return new IssueSnapshot(id, "P-" + id, "Issue", "Story", "To Do", StatusCategory.TO_DO, "", NOW);
    }

    private static IssueTracker jiraWithout(long deleted) {
        return new IssueTracker() {
            @Override
            public List<IssueSnapshot> fetch(Collection<Long> ids) {
                return ids.stream().filter(id -> id != deleted).map(DeletedLinkedWorkTest::issue).toList();
            }

            @Override
            public Set<Long> deleted(Collection<Long> missingIds) {
                return Set.copyOf(missingIds);
            }

            @Override
            public IssueSearchPage search(IssueQuery query, int limit) {
                throw new AssertionError("not used");
            }

            @Override
            public IssueSnapshot create(NewIssue newIssue) {
                throw new AssertionError("not used");
            }

            @Override
            public List<IssueType> issueTypes(String projectKey) {
                throw new AssertionError("not used");
            }
        };
    }

    private record Links(List<IssueLink> all) implements IssueLinks {
        @Override
        public List<IssueLink> ofMap(long mapId) {
            return all;
        }

        @Override
        public List<IssueLink> ofMaps(Collection<Long> mapIds) {
            return all;
        }

        @Override
        public List<IssueLink> ofIssue(long issueId) {
            return all.stream().filter(link -> link.issueId() == issueId).toList();
        }

        @Override
        public boolean add(IssueLink link) {
            throw new AssertionError("not used");
        }

        @Override
        public boolean remove(long mapId, long cardId, long issueId) {
            throw new AssertionError("not used");
        }
    }

    private static final class Cache implements IssueCache {
        private final Map<Long, CachedIssue> issues = new HashMap<>();

        @Override
        public synchronized Map<Long, CachedIssue> get(Collection<Long> issueIds) {
            Map<Long, CachedIssue> found = new HashMap<>();
            issueIds.stream().filter(issues::containsKey).forEach(id -> found.put(id, issues.get(id)));
            return found;
        }

        @Override
        public Map<Long, CachedIssue> ofMap(long mapId) {
            throw new AssertionError("not used");
        }

        @Override
        public synchronized Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
            Map<Long, CachedIssue> stored = new HashMap<>();
            fresh.forEach(issue -> stored.put(issue.id(), CachedIssue.seen(issue, issues.get(issue.id()))));
            issues.putAll(stored);
            return stored;
        }
    }
}
