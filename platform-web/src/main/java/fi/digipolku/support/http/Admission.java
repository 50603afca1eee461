package fi.digipolku.support.http;

import java.util.concurrent.atomic.AtomicInteger;

/** A count of work in progress with a ceiling: {@link #tryEnter()} succeeds while fewer than the limit are inside. */
public final class Admission {

    private final int limit;
    private final AtomicInteger inside = new AtomicInteger();

    public Admission(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Enters and returns true when there is room; otherwise changes nothing and returns false. */
    public boolean tryEnter() {
        while (true) {
            int now = inside.get();
            if (now >= limit) {
                return false;
            }
            if (inside.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Leaves; call once for every successful {@link #tryEnter()}. */
    public void leave() {
        inside.updateAndGet(now -> Math.max(0, now - 1));
    }

    public int inside() {
        return inside.get();
    }

    public int limit() {
        return limit;
    }
}
