package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.DatabaseOutage;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemType;

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

    @Test
    void aCommitThatLostItsConnectionIsAnOutageThoughTheDriverFailureIsOnlySuppressed() {
        // What the transaction manager throws when the database ends the connection at commit.
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        Exception thrown = new RuntimeException("Error invoking subclass method", rollback);

        assertThat(DatabaseOutage.causedBy(thrown)).isTrue();
        assertThat(new ProblemMappers().unexpected(thrown, null).getStatus()).isEqualTo(503);

        Exception other = new Exception("ARJUNA016053: Could not commit transaction.");
        other.addSuppressed(new IllegalStateException("a bug"));
        assertThat(DatabaseOutage.causedBy(new RuntimeException(other))).isFalse();
    }

    @Test
    void aMultipartBodyCutShortIsTheClientsFaultNotOurs() {
        java.io.IOException cut = new java.io.IOException("Connection terminated parsing multipart request");
        cut.setStackTrace(new StackTraceElement[]{new StackTraceElement(
                "org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition$MultiPartUploadHandler",
                "parseBlocking", "MultiPartParserDefinition.java", 250)});
        org.assertj.core.api.Assertions.assertThat(ProblemMappers.isMalformedMultipart(cut)).isTrue();
        org.assertj.core.api.Assertions.assertThat(ProblemMappers.isMalformedMultipart(new java.io.IOException("x")))
                .isFalse();
    }
}
