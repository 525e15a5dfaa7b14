package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.StewardshipFixture;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueAbsence;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.StatusCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which withheld issues are absent (Jira answered: deleted, or hidden from the user) rather than merely unavailable
 * (Jira could not be asked). Only a tracker that can tell deleted from hidden (Jira itself) makes an issue DELETED.
 */
class IssueAbsenceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Actor BOB = new Actor("bob", "Bob");
    private static final long OPEN = 1, SECRET = 2, GONE = 3;

    private final StewardshipFixture.MovableClock clock = new StewardshipFixture.MovableClock(NOW);
    private final Cache cache = new Cache();
    private volatile boolean jiraDown;

    @Test
    void aTrackerThatCanTellSaysDeletedAndTheOthersStayDeletedOrHidden() {
        IssueStatusRefresher refresher = refresher(Set.of(GONE));

        IssueStatusRefresher.Refreshed read = refresher.read(BOB, List.of(OPEN, SECRET, GONE));

        assertThat(read.issues()).containsOnlyKeys(OPEN);
        assertThat(read.absent()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SECRET, IssueAbsence.DELETED_OR_HIDDEN, GONE, IssueAbsence.DELETED));
        assertThat(refresher.read(BOB, List.of(GONE)).absent()).as("remembered within the max age")
                .containsEntry(GONE, IssueAbsence.DELETED);
    }

    @Test
    void overRestJiraAnswersDeletedAndHiddenAlike() {
        IssueStatusRefresher.Refreshed read = refresher(Set.of()).read(BOB, List.of(OPEN, SECRET, GONE));

        assertThat(read.absent()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SECRET, IssueAbsence.DELETED_OR_HIDDEN, GONE, IssueAbsence.DELETED_OR_HIDDEN));
    }

    @Test
    void anIssueJiraCouldNotBeAskedAboutIsUnavailableNotAbsent() {
        jiraDown = true;

        IssueStatusRefresher.Refreshed read = refresher(Set.of(GONE)).read(BOB, List.of(OPEN, GONE));

        assertThat(read.withheld()).containsExactlyInAnyOrder(OPEN, GONE);
        assertThat(read.absent()).isEmpty();
        assertThat(read.freshness().jiraUnavailable()).isTrue();
    }

    @Test
    void whileJiraIsDownWhatItLastSaidIsUsedWithinTheOutageGrace() {
        IssueStatusRefresher refresher = refresher(Set.of(GONE));
        refresher.read(BOB, List.of(OPEN, GONE));
        clock.advance(Duration.ofMinutes(6));
        jiraDown = true;

        IssueStatusRefresher.Refreshed read = refresher.read(BOB, List.of(OPEN, GONE));

        assertThat(read.issues()).containsOnlyKeys(OPEN);
        assertThat(read.absent()).containsExactly(Map.entry(GONE, IssueAbsence.DELETED));
    }

    private IssueStatusRefresher refresher(Set<Long> deletedInJira) {
        return new IssueStatusRefresher(cache, actor -> tracker(deletedInJira), RefreshPolicy.inline(Duration.ofMinutes(5)), clock);
    }

    /** Bob sees OPEN; SECRET exists but is hidden from him; GONE was deleted. */
    private IssueTracker tracker(Set<Long> deletedInJira) {
        return new IssueTracker() {
            @Override
            public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
                if (jiraDown) {
                    throw IssueTrackerException.unavailable("connection refused", null);
                }
                return issueIds.stream().filter(id -> id == OPEN).map(id -> new IssueSnapshot(id, "SHOP-" + id, "Issue",
                        "Story", "To Do", StatusCategory.TO_DO, "", clock.instant())).toList();
            }

            @Override
            public Set<Long> deleted(Collection<Long> missingIds) {
                return deletedInJira.isEmpty() ? IssueTracker.super.deleted(missingIds)
                        : Set.copyOf(missingIds.stream().filter(deletedInJira::contains).toList());
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
