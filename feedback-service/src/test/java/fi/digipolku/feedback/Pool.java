package fi.digipolku.feedback;

import io.quarkus.arc.Arc;

import fi.digipolku.feedback.response.ResponsePool;
import fi.digipolku.support.testing.TestClock;

/** Releases pooled answers as the pool job would, in service tests. */
public final class Pool {

    private Pool() {
    }

    /** Stores every pooled answer: moves the clock past the pool's longest wait and releases. */
    public static int releaseAll() {
        TestClock clock = Arc.container().instance(TestClock.class).get();
        FeedbackConfig config = Arc.container().instance(FeedbackConfig.class).get();
        clock.advance(config.pool().maxWait().plusDays(1));
        return release();
    }

    /** Stores the batches that are due now. */
    public static int release() {
        ResponsePool pool = Arc.container().instance(ResponsePool.class).get();
        int stored = pool.release();
        pool.vacuum();
        return stored;
    }
}
