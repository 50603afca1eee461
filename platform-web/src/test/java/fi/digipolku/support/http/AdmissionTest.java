package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AdmissionTest {

    @Property
    void neverMoreInsideThanTheLimitAndEveryLeaveMakesRoom(@ForAll @IntRange(min = 1, max = 20) int limit,
            @ForAll @Size(max = 200) List<Boolean> enters) {
        Admission admission = new Admission(limit);
        int inside = 0;
        for (boolean enter : enters) {
            if (enter) {
                boolean admitted = admission.tryEnter();
                assertThat(admitted).isEqualTo(inside < limit);
                inside += admitted ? 1 : 0;
            } else if (inside > 0) {
                admission.leave();
                inside--;
            }
            assertThat(admission.inside()).isEqualTo(inside).isBetween(0, limit);
        }
    }

    @Test
    void manyThreadsAtOnceNeverGetMoreThanTheLimitIn() throws Exception {
        Admission admission = new Admission(5);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int j = 0; j < 1000; j++) {
                    if (admission.tryEnter()) {
                        admitted.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(admitted.get()).isEqualTo(5);
        assertThat(admission.inside()).isEqualTo(5);
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new Admission(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
