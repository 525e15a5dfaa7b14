package dev.journeymaps.jirarest.batch;

import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.domain.work.IssueSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Issues by id in chunks of {@value #CHUNK} ({@code id in (…)} searches), several chunks at a time: the chunks are
 * offered to the site's shared pool, and the calling thread runs every chunk no pool thread has taken yet, so a
 * refresh never waits behind other users' work in the queue and a full pool (or none) only means less parallelism.
 * Against a Jira answering each search in 100 ms, 5,000 issues take about 50 × 100 ms ÷ (pool threads + 1).
 * Jira rejects a whole {@code id in (…)} search with 400 when one id is gone or hidden from the user; such a chunk is
 * halved until the culprits stand alone and are left out (one missing issue in 100 costs about 14 more searches, not
 * 100). Any other failure of a chunk fails the fetch (rate limited, unavailable, refused), as one sequential loop would.
 */
public final class ChunkedFetch {
    /** Ids per {@code id in (…)} search: keeps the JQL short and each answer one or two pages. */
    public static final int CHUNK = 100;

    private final Executor pool;

    /** {@code pool}: shared by every user's client of one Jira site; null runs every chunk in the caller. */
    public ChunkedFetch(Executor pool) {
        this.pool = pool;
    }

    public List<IssueSnapshot> fetch(List<Long> ids, Function<List<Long>, List<IssueSnapshot>> search) {
        List<FutureTask<List<IssueSnapshot>>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            chunks.add(new FutureTask<>(() -> splitting(chunk, search)));
        }
        if (pool != null) {
            // The first chunk is the caller's anyway; offer the others.
            for (FutureTask<List<IssueSnapshot>> chunk : chunks.subList(Math.min(1, chunks.size()), chunks.size())) {
                try {
                    pool.execute(chunk);
                } catch (RejectedExecutionException full) {
                    break; // the caller runs what the pool would not take
                }
            }
        }
        List<IssueSnapshot> issues = new ArrayList<>();
        try {
            for (FutureTask<List<IssueSnapshot>> chunk : chunks) {
                chunk.run(); // does nothing if a pool thread has started or finished it
                issues.addAll(chunk.get());
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IssueTrackerException.unavailable("Interrupted while reading issues from Jira.", e);
        } catch (CancellationException e) {
            throw IssueTrackerException.unavailable("The read of issues from Jira was cancelled.", e);
        } finally {
            chunks.forEach(chunk -> chunk.cancel(false)); // chunks not started after a failure never start
        }
        return issues;
    }

    private static List<IssueSnapshot> splitting(List<Long> chunk, Function<List<Long>, List<IssueSnapshot>> search) {
        try {
            return search.apply(chunk);
        } catch (IssueTrackerException e) {
            if (e.kind() != IssueTrackerException.Kind.BAD_REQUEST) {
                throw e;
            }
            if (chunk.size() == 1) {
                return List.of();
            }
            int half = chunk.size() / 2;
            List<IssueSnapshot> issues = new ArrayList<>(splitting(chunk.subList(0, half), search));
            issues.addAll(splitting(chunk.subList(half, chunk.size()), search));
            return issues;
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
