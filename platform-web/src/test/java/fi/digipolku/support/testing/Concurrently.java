package fi.digipolku.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

/** Sends the same request from several callers at once, as a mobile app that retries before its first try ended. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The statuses of {@code callers} simultaneous calls of {@code request}, sorted. */
    public static List<Integer> statuses(int callers, IntSupplier request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.getAsInt();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(Integer::compare);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
