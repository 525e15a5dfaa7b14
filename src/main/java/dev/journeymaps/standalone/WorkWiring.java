package dev.journeymaps.standalone;

import dev.journeymaps.standalone.jira.DaemonPool;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.store.work.AoActionableCards;
import dev.journeymaps.store.board.AoCardEvidence;
import dev.journeymaps.store.work.AoIssueCache;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.app.work.IssueSets;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.store.work.AoActionableCards;
import dev.journeymaps.store.board.AoCardEvidence;
import dev.journeymaps.store.work.AoIssueCache;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.store.embedded.EmbeddedDatabase;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Function;

/**
 * The linked-work use cases of the standalone host, wired to the embedded database. Refreshes run on a small
 * pool of daemon threads so a page waits {@link RefreshPolicy#maxWait()} at most for a slow or dead Jira.
 */
final class WorkWiring implements AutoCloseable {
    final IssueCache cache;
    final WorkStatusReader reader;
    final WorkLinker linker;
    final IssueFinder finder;
    final IssueSets sets;
    /** Jira as each user (the export import resolves links through it). */
    final IssueTrackers trackers;
    final BaseUrl baseUrl;
    static final int REFRESH_THREADS = 8;
    static final int REFRESH_QUEUE = 64;
    final IssueStatusRefresher refresher;
    private final ThreadPoolExecutor refreshPool;

    WorkWiring(EmbeddedDatabase database, AccessPolicy policy, Function<IssueCache, IssueTrackers> trackersOver, BaseUrl baseUrl, Clock clock,
               Duration maxAge, Duration outageGrace) {
        this.baseUrl = baseUrl;
        // 10.9: core = max, so refreshes really run in parallel (a ThreadPoolExecutor with core 0 runs one at a time
        // until its queue is full); the queue is bounded and a refused refresh shows the cache marked.
        refreshPool = DaemonPool.bounded("journeymaps-issue-refresh", REFRESH_THREADS, REFRESH_QUEUE);
        AoIssueLinks links = new AoIssueLinks(database.session());
        cache = new AoIssueCache(database.session());
        trackers = trackersOver.apply(cache);
        refresher = new IssueStatusRefresher(cache, trackers,
                new RefreshPolicy(maxAge, RefreshPolicy.DEFAULT_MAX_WAIT, refreshPool, outageGrace), clock);
        CardEvidence evidence = new AoCardEvidence(database.session());
        reader = new WorkStatusReader(database.repository(), policy, links, new AoActionableCards(database.session()),
                evidence, refresher);
        linker = new WorkLinker(database.repository(), policy, links, cache, trackers, evidence, baseUrl, clock, refresher);
        linker.setAudit(new dev.journeymaps.store.history.AoAuditLog(database.session()));
        finder = new IssueFinder(database.repository(), policy, links, trackers, evidence, refresher);
        sets = new IssueSets(database.repository(), policy, links, new AoActionableCards(database.session()), trackers);
    }

    @Override
    public void close() {
        refreshPool.shutdownNow();
    }
}
