package fi.digipolku.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.accesslog.AccessLogEntry;
import fi.digipolku.support.identity.Caller;

/** The shared access-log writer against this service's real database. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessLogTest {

    @Inject
    AccessLog log;

    @Inject
    EntityManager em;

    private final Caller nurse = Caller.of("nurse-1", List.of("professional"), List.of("diabetes-team"), null,
            List.of());

    @Test
    void recordsWhoWhatWhenAndWhyForTheClientToReadBack() {
        String client = "client-" + UUID.randomUUID();
        log.record(nurse, client, "read", "enrollment/e-1", "care-team follow-up");
        log.record(nurse, client, "update", "enrollment/e-1", "measurement reviewed");

        List<AccessLogEntry> entries = log.forClient(client, 0, 10);

        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(AccessLogEntry::action).containsExactlyInAnyOrder("read", "update");
        AccessLogEntry entry = entries.get(0);
        assertThat(entry.actorSubject()).isEqualTo("nurse-1");
        assertThat(entry.actorRoles()).containsExactly("professional");
        assertThat(entry.actorTeams()).containsExactly("diabetes-team");
        assertThat(entry.at()).isNotNull();
        assertThat(log.forClient("someone-else-" + UUID.randomUUID(), 0, 10)).isEmpty();
    }

    @Test
    void theClientsOwnAccessIsNotLogged() {
        String client = "client-" + UUID.randomUUID();
        Caller self = Caller.of(client, List.of("client"), List.of(), "high", List.of());

        assertThat(log.record(self, client, "read", "enrollment/e-2", "own data")).isNull();
        assertThat(log.forClient(client, 0, 10)).isEmpty();
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        String client = "client-" + UUID.randomUUID();
        log.record(nurse, client, "read", "enrollment/e-3", "care-team follow-up");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE access_log SET reason = 'nothing' WHERE client_subject = ?1")
                .setParameter(1, client).executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM access_log WHERE client_subject = ?1")
                .setParameter(1, client).executeUpdate())).hasStackTraceContaining("append-only");
        assertThat(log.forClient(client, 0, 10)).hasSize(1);
    }
}
