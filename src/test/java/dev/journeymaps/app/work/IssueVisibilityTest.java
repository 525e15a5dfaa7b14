package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.StewardshipFixture;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.testing.FetchOnlyTracker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue cache is shared, but Jira's permissions are per user: an issue is shown to a user only once
 * Jira, asked as that user, returned it; a user Jira hides it from never sees it from the cache.
 */
class IssueVisibilityTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Actor ALICE = new Actor("alice", "Alice");
    private static final Actor BOB = new Actor("bob", "Bob");
    private static final long OPEN = 1, SECRET = 2;

    private final StewardshipFixture.MovableClock clock = new StewardshipFixture.MovableClock(NOW);
    private final MemoryCache cache = new MemoryCache();
    private final List<String> fetches = new ArrayList<>();
    private final IssueStatusRefresher refresher = new IssueStatusRefresher(cache, this::jiraAs,
            RefreshPolicy.inline(Duration.ofMinutes(5)), clock);

    @Test
    void anIssueJiraHidesFromAUserIsNotShownToThemFromTheCacheAnotherUserFilled() {
        assertThat(refresher.read(ALICE, List.of(OPEN, SECRET)).issues()).containsOnlyKeys(OPEN, SECRET);

        assertThat(refresher.read(BOB, List.of(OPEN, SECRET)).issues()).containsOnlyKeys(OPEN);
        assertThat(fetches).as("Bob's first view asks Jira as Bob, though the cache is fresh")
                .containsExactly("alice:[1, 2]", "bob:[1, 2]");

        assertThat(refresher.read(BOB, List.of(OPEN, SECRET)).issues()).containsOnlyKeys(OPEN);
        assertThat(refresher.read(ALICE, List.of(OPEN, SECRET)).issues()).containsOnlyKeys(OPEN, SECRET);
        assertThat(fetches).as("answers are remembered within the max age").hasSize(2);
    }

    @Test
    void whatJiraSaidAboutAUserIsAskedAgainOnceItIsOlderThanTheMaxAge() {
        refresher.read(BOB, List.of(OPEN, SECRET));
        clock.advance(Duration.ofMinutes(6));

        assertThat(refresher.read(BOB, List.of(OPEN, SECRET)).issues()).containsOnlyKeys(OPEN);

        assertThat(fetches).containsExactly("bob:[1, 2]", "bob:[1, 2]");
    }

    @Test
    void anAnswerThatArrivesAfterTheViewStoppedWaitingIsRecordedAndAViewMeanwhileJoinsTheFetchInFlight() throws Exception {
        java.util.concurrent.CountDownLatch jiraMayAnswer = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            IssueStatusRefresher slow = new IssueStatusRefresher(cache, actor -> {
                IssueTracker jira = jiraAs(actor);
                return new FetchOnlyTracker(ids -> {
                    await(jiraMayAnswer);
                    return jira.fetch(ids);
                });
            }, new RefreshPolicy(Duration.ofMinutes(5), Duration.ZERO, one), clock);

            IssueStatusRefresher.Refreshed first = slow.read(BOB, List.of(OPEN, SECRET));
            IssueStatusRefresher.Refreshed meanwhile = slow.read(BOB, List.of(OPEN, SECRET));
            jiraMayAnswer.countDown();
            one.submit(() -> { }).get(); // the pool runs in order: the fetch has finished and been recorded

            IssueStatusRefresher.Refreshed after = slow.read(BOB, List.of(OPEN, SECRET));

            assertThat(first.freshness().jiraUnavailable()).isTrue();
            assertThat(first.issues()).as("never confirmed for Bob: nothing shown").isEmpty();
            assertThat(first.withheld()).containsExactlyInAnyOrder(OPEN, SECRET);
            assertThat(meanwhile.issues()).isEmpty();
            assertThat(after.freshness().jiraUnavailable()).isFalse();
            assertThat(after.issues()).containsOnlyKeys(OPEN);
            assertThat(after.withheld()).containsExactly(SECRET);
            assertThat(fetches).as("one fetch: the second view joined it, the third used its late answer").containsExactly("bob:[1, 2]");
        } finally {
            jiraMayAnswer.countDown();
            one.shutdownNow();
        }
    }

    @Test
    void anIssueTheUserJustCreatedOrLinkedIsShownWithoutAskingJiraAgain() {
        refresher.seen(BOB, new IssueSnapshot(OPEN, "SHOP-1", "Issue 1", "Story", "To Do", StatusCategory.TO_DO, "", clock.instant()));

        assertThat(refresher.read(BOB, List.of(OPEN)).issues()).containsOnlyKeys(OPEN);
        assertThat(fetches).isEmpty();
    }

    @Test
    void jiraRefusingTheUserIsThrownNotShownAsAnOutage() {
        refresher.read(ALICE, List.of(OPEN, SECRET));
        clock.advance(Duration.ofMinutes(6));
        IssueStatusRefresher refused = new IssueStatusRefresher(cache, actor -> new FetchOnlyTracker(ids -> {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAUTHORIZED, "401", List.of(), Map.of());
        }), RefreshPolicy.inline(Duration.ofMinutes(5)), clock);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> refused.read(ALICE, List.of(OPEN, SECRET)))
                .isInstanceOf(IssueTrackerException.class);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Jira as one user: everyone sees OPEN; only Alice sees SECRET. */
    private IssueTracker jiraAs(Actor actor) {
        return new FetchOnlyTracker(issueIds -> {
            fetches.add(actor.userKey() + ":" + List.copyOf(issueIds));
            return issueIds.stream().filter(id -> id == OPEN || actor.equals(ALICE))
                    .map(id -> new IssueSnapshot(id, "SHOP-" + id, "Issue " + id, "Story", "To Do", StatusCategory.TO_DO, "",
                            clock.instant()))
                    .toList();
        });
    }

    private static final class MemoryCache implements IssueCache {
        @Override
        public Map<Long, CachedIssue> ofMap(long mapId) {
            return Map.of();
        }

        private final Map<Long, CachedIssue> issues = new HashMap<>();

        @Override
        public Map<Long, CachedIssue> get(Collection<Long> issueIds) {
            Map<Long, CachedIssue> found = new HashMap<>();
            issueIds.stream().filter(issues::containsKey).forEach(id -> found.put(id, issues.get(id)));
            return found;
        }

        @Override
        public Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
            Map<Long, CachedIssue> stored = new HashMap<>();
            fresh.forEach(issue -> stored.put(issue.id(), CachedIssue.seen(issue, issues.get(issue.id()))));
            issues.putAll(stored);
            return stored;
        }
    }
}
