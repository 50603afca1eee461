package fi.digipolku.messaging.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.messaging.Enrollments;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PathwayEventIntakeTest {

    @Test
    void aRedeliveredStartDoesNotReopenAnEndedEnrollment() {
        UUID id = UUID.randomUUID();
        Map<String, Object> facts = Enrollments.facts(id, "client-x", "weight-team", true, true);
        String startId = Enrollments.send("enrollment.started", UUID.randomUUID().toString(), facts);
        await().atMost(Duration.ofSeconds(10)).until(() -> Enrollments.enrollment(id) != null);
        assertThat(Enrollments.enrollment(id).channelOpen()).isTrue();

        Enrollments.send("enrollment.discontinued", UUID.randomUUID().toString(), facts);
        await().atMost(Duration.ofSeconds(10)).until(() -> !Enrollments.enrollment(id).active);
        Enrollments.send("enrollment.started", startId, facts);

        UUID marker = Enrollments.followed("client-y", "weight-team");
        assertThat(Enrollments.enrollment(marker)).isNotNull();
        assertThat(Enrollments.enrollment(id).active).isFalse();
    }

    @Test
    void unreadableEventsAreSkippedAndTheChannelGoesOn() {
        Enrollments.sendRaw("this is not a cloud event");
        UUID broken = UUID.randomUUID();
        Map<String, Object> facts = Enrollments.facts(broken, "client-z", "weight-team", true, true);
        facts.remove("clientId");
        Enrollments.send("enrollment.started", UUID.randomUUID().toString(), facts);
        Map<String, Object> badId = Enrollments.facts(UUID.randomUUID(), "client-z", "weight-team", true, true);
        badId.put("enrollmentId", "not-a-uuid");
        Enrollments.send("enrollment.started", UUID.randomUUID().toString(), badId);

        UUID fine = Enrollments.followed("client-z", "weight-team");
        assertThat(Enrollments.enrollment(fine).channelOpen()).isTrue();
        assertThat(Enrollments.enrollment(broken)).isNull();
    }

    @Test
    void anUpgradeOpensTheChannelOfASelfCareEnrollment() {
        UUID id = Enrollments.started("client-u", "weight-team", true, false);
        assertThat(Enrollments.enrollment(id).channelOpen()).isFalse();
        Enrollments.send("enrollment.upgraded", UUID.randomUUID().toString(),
                Enrollments.facts(id, "client-u", "weight-team", true, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> Enrollments.enrollment(id).channelOpen());
    }
}
