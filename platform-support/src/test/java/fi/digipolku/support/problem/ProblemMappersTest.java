package fi.digipolku.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void recognisesAConcurrentChangeAnywhereInTheCauseChain() {
        assertThat(ProblemMappers.isConcurrentChange(new OptimisticLockException())).isTrue();
        assertThat(ProblemMappers.isConcurrentChange(
                new IllegalStateException("commit failed", new OptimisticLockException()))).isTrue();
        assertThat(ProblemMappers.isConcurrentChange(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterNotA500() {
        Exception down = new IllegalStateException("commit failed",
                new SQLException("Connection to localhost:5432 refused", "08001"));

        Response response = new ProblemMappers().unexpected(down, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.type());
        assertThat(new ProblemMappers().unexpected(new SQLException("syntax error", "42601"), null).getStatus())
                .isEqualTo(500);
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }
}
