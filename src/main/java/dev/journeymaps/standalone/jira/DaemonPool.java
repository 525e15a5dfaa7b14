package dev.journeymaps.standalone.jira;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread pools for Jira calls: {@code threads} run in parallel (core = max, so tasks never wait in the queue while a
 * thread could take them), at most {@code queue} more wait, and anything beyond is refused at once, which the callers
 * show as "Jira unavailable" rather than queueing without end. Idle threads end after a minute; all are daemons.
 */
public final class DaemonPool {
    private DaemonPool() {
    }

    public static ThreadPoolExecutor bounded(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
