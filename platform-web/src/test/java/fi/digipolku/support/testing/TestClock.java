package fi.digipolku.support.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The clock of every service test: it starts at a fixed moment and runs on from it in real time, so the suite sees the
 * same day whatever day it runs on, while things written one after another still get increasing timestamps. A test
 * moves it with {@link #set}, {@link #setHelsinki} or {@link #advance} and puts it back with {@link #reset}.
 * <p>
 * Being a bean in the test-jar's index, it replaces the production clock (a default bean) in every
 * {@code @QuarkusTest}; plain unit tests use {@code Clock.fixed} or {@link #at}.
 */
@Singleton
public class TestClock extends Clock {

    /** Europe/Helsinki, where the platform's calendar days are. */
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** An ordinary working morning: Wednesday 3 June 2026, 10:00 in Helsinki (not a holiday, no clock change near). */
    public static final Instant DEFAULT_START = LocalDateTime.of(2026, 6, 3, 10, 0).atZone(HELSINKI).toInstant();

    private Instant base = DEFAULT_START;
    private long baseNanos = System.nanoTime();
    private boolean frozen;

    /** A stand-alone clock at the default start, for unit tests outside Quarkus. */
    public static TestClock at(Instant start) {
        TestClock clock = new TestClock();
        clock.set(start);
        return clock;
    }

    /** Moves the clock to {@code instant}; it runs on from there (or stays there when frozen). */
    public synchronized TestClock set(Instant instant) {
        base = instant;
        baseNanos = System.nanoTime();
        return this;
    }

    /** Moves the clock to a Helsinki wall-clock time. */
    public TestClock setHelsinki(LocalDateTime helsinkiTime) {
        return set(helsinkiTime.atZone(HELSINKI).toInstant());
    }

    public synchronized TestClock advance(Duration duration) {
        return set(instant().plus(duration));
    }

    /** Stops the clock where it is, so equal calls give equal instants. */
    public synchronized TestClock freeze() {
        set(instant());
        frozen = true;
        return this;
    }

    /** Back to the default start, running. */
    public synchronized TestClock reset() {
        frozen = false;
        return set(DEFAULT_START);
    }

    @Override
    public synchronized Instant instant() {
        return frozen ? base : base.plusNanos(System.nanoTime() - baseNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
