package fi.digipolku.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.testing.TestClock;

class ConsumptionTest {

    private final TestClock clock = TestClock.at(TestClock.DEFAULT_START).freeze();

    /** A database that refuses the first {@code failures} attempts, then remembers applied event ids. */
    static final class FlakyDatabase extends ProcessedEvents {

        private final Set<String> applied = new HashSet<>();
        private final AtomicInteger failuresLeft;
        private final RuntimeException failure;
        final List<String> effects = new ArrayList<>();

        FlakyDatabase(int failures, RuntimeException failure) {
            super(null);
            this.failuresLeft = new AtomicInteger(failures);
            this.failure = failure;
        }

        @Override
        public boolean once(String consumer, String eventId, Runnable effect) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw failure;
            }
            if (!applied.add(consumer + "/" + eventId)) {
                return false;
            }
            effect.run();
            return true;
        }

        @Override
        public <T> int onceEach(String consumer, List<T> events, Function<T, String> eventId, Consumer<T> effect) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw failure;
            }
            int ran = 0;
            for (T event : events) {
                if (applied.add(consumer + "/" + eventId.apply(event))) {
                    effect.accept(event);
                    ran++;
                }
            }
            return ran;
        }
    }

    private static ConsumerConfig config(Duration stuckAfter) {
        return new ConsumerConfig() {
            @Override
            public Duration retryInitial() {
                return Duration.ofMillis(1);
            }

            @Override
            public Duration retryMax() {
                return Duration.ofMillis(4);
            }

            @Override
            public Duration stuckAfter() {
                return stuckAfter;
            }
        };
    }

    private static RuntimeException databaseDown() {
        return new RuntimeException("could not open a connection",
                new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("refused")));
    }

    @Test
    void anEventIsAppliedOnceAfterTheDatabaseComesBackAndTheConsumerIsReadyAgain() {
        FlakyDatabase database = new FlakyDatabase(7, databaseDown());
        Consumption consumption = new Consumption(database, config(Duration.ofMinutes(5)), clock);

        assertThat(consumption.once("metrics", "event-1", () -> database.effects.add("event-1"))).isTrue();
        assertThat(consumption.once("metrics", "event-1", () -> database.effects.add("event-1 again"))).isFalse();

        assertThat(database.effects).containsExactly("event-1");
        assertThat(consumption.stalls()).isEmpty();
        assertThat(new ConsumerHealth.Ready(consumption).call().getStatus().name()).isEqualTo("UP");
    }

    @Test
    void aBatchIsAppliedWholeOnceTheDatabaseComesBackEachEventOnce() {
        FlakyDatabase database = new FlakyDatabase(3, databaseDown());
        Consumption consumption = new Consumption(database, config(Duration.ofMinutes(5)), clock);

        assertThat(consumption.onceEach("metrics", List.of("e-1", "e-2", "e-1", "e-3"), id -> id,
                database.effects::add)).isEqualTo(3);
        assertThat(consumption.onceEach("metrics", List.of("e-3", "e-4"), id -> id, database.effects::add))
                .isEqualTo(1);

        assertThat(database.effects).containsExactly("e-1", "e-2", "e-3", "e-4");
        assertThat(consumption.stalls()).isEmpty();
    }

    @Test
    void aConsumerFailingOnAnEventIsNotReadyAndNotLiveOnlyWhenStuckWithTheDatabaseReachable() throws Exception {
        for (boolean databaseDown : new boolean[]{true, false}) {
            FlakyDatabase database = new FlakyDatabase(Integer.MAX_VALUE,
                    databaseDown ? databaseDown() : new IllegalStateException("a defect"));
            Consumption consumption = new Consumption(database, config(Duration.ofMinutes(5)), clock.reset().freeze());
            Thread consumer = new Thread(() -> consumption.once("feedback", "event-2", () -> {
            }));
            consumer.start();
            try {
                while (consumption.stalls().isEmpty()) {
                    Thread.sleep(1);
                }
                assertThat(new ConsumerHealth.Ready(consumption).call().getStatus().name()).isEqualTo("DOWN");
                assertThat(new ConsumerHealth.Live(consumption).call().getStatus().name()).isEqualTo("UP");

                clock.advance(Duration.ofMinutes(6));
                assertThat(new ConsumerHealth.Live(consumption).call().getStatus().name())
                        .as(databaseDown ? "a restart does not bring the database back" : "a restart may help")
                        .isEqualTo(databaseDown ? "UP" : "DOWN");
            } finally {
                consumer.interrupt();
                consumer.join();
            }
        }
    }

    @Test
    void lostConnectionsAreToldApartFromOtherFailures() {
        assertThat(Consumption.connectionLost(databaseDown())).isTrue();
        assertThat(Consumption.connectionLost(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(Consumption.connectionLost(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(Consumption.connectionLost(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(Consumption.connectionLost(new NullPointerException())).isFalse();
    }
}
