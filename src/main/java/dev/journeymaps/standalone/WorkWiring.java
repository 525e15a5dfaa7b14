package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.CardEvidence;
import dev.journeymaps.app.IssueCache;
import dev.journeymaps.app.IssueFinder;
import dev.journeymaps.app.IssueStatusRefresher;
import dev.journeymaps.app.IssueTrackers;
import dev.journeymaps.app.RefreshPolicy;
import dev.journeymaps.app.WorkLinker;
import dev.journeymaps.app.WorkStatusReader;
import dev.journeymaps.store.AoActionableCards;
import dev.journeymaps.store.AoCardEvidence;
import dev.journeymaps.store.AoIssueCache;
import dev.journeymaps.store.AoIssueLinks;
import dev.journeymaps.store.embedded.EmbeddedDatabase;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    final BaseUrl baseUrl;
    private final ThreadPoolExecutor refreshPool;

    WorkWiring(EmbeddedDatabase database, AccessPolicy policy, Function<IssueCache, IssueTrackers> trackersOver, BaseUrl baseUrl, Clock clock,
               Duration maxAge) {
        this.baseUrl = baseUrl;
        AtomicInteger threads = new AtomicInteger();
        refreshPool = new ThreadPoolExecutor(0, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), task -> {
            Thread thread = new Thread(task, "journeymaps-issue-refresh-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        AoIssueLinks links = new AoIssueLinks(database.session());
        cache = new AoIssueCache(database.session());
        IssueTrackers trackers = trackersOver.apply(cache);
        IssueStatusRefresher refresher = new IssueStatusRefresher(cache, trackers,
                new RefreshPolicy(maxAge, RefreshPolicy.DEFAULT_MAX_WAIT, refreshPool), clock);
        CardEvidence evidence = new AoCardEvidence(database.session());
        reader = new WorkStatusReader(database.repository(), policy, links, new AoActionableCards(database.session()),
                evidence, refresher);
        linker = new WorkLinker(database.repository(), policy, links, cache, trackers, evidence, baseUrl, clock);
        finder = new IssueFinder(database.repository(), policy, links, trackers, evidence);
    }

    @Override
    public void close() {
        refreshPool.shutdownNow();
    }
}
