package fi.digipolku.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void recognisesAConcurrentChangeAnywhereInTheCauseChain() {
        assertThat(ProblemMappers.isConcurrentChange(new OptimisticLockException())).isTrue();
        assertThat(ProblemMappers.isConcurrentChange(
                new IllegalStateException("commit failed", new OptimisticLockException()))).isTrue();
        assertThat(ProblemMappers.isConcurrentChange(new IllegalStateException("other"))).isFalse();
    }
}
