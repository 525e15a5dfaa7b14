package dev.journeymaps.standalone.jira;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10.9: the refresh pool runs its refreshes in parallel (the old {@code ThreadPoolExecutor(0, 4, …,
 * ArrayBlockingQueue(64))} ran one at a time until the queue filled), queues a bounded number, and refuses the rest.
 */
class DaemonPoolTest {

    @Test
    void tasksRunInParallelUpToTheThreadCountThenQueueThenAreRefused() throws InterruptedException {
        ThreadPoolExecutor pool = DaemonPool.bounded("test", 3, 2);
        CountDownLatch allThreeRunning = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 3; i++) {
                pool.execute(() -> {
                    allThreeRunning.countDown();
                    await(release);
                });
            }
            // Each of the three waits for the others: this only returns if they run at the same time.
            assertThat(allThreeRunning.await(30, TimeUnit.SECONDS)).isTrue();
            pool.execute(() -> await(release));
            pool.execute(() -> await(release));
            assertThat(pool.getQueue()).hasSize(2);
            assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
