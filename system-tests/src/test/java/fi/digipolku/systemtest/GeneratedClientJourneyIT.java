package fi.digipolku.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.digipolku.client.gateway.api.SessionApi;
import fi.digipolku.client.gateway.model.Session;
import fi.digipolku.client.messaging.api.ThreadsApi;
import fi.digipolku.client.messaging.model.MessageView;
import fi.digipolku.client.messaging.model.OpenThreadRequest;
import fi.digipolku.client.messaging.model.ThreadStatus;
import fi.digipolku.client.messaging.model.ThreadView;
import fi.digipolku.client.pathway.ApiException;
import fi.digipolku.client.pathway.api.EnrollmentsApi;
import fi.digipolku.client.pathway.api.ProgressApi;
import fi.digipolku.client.pathway.model.EnrollmentStatus;
import fi.digipolku.client.pathway.model.EnrollmentView;
import fi.digipolku.client.pathway.model.RecordRequest;
import fi.digipolku.client.pathway.model.RecordView;
import fi.digipolku.client.pathway.model.StartRequest;
import fi.digipolku.client.pathway.model.Timeline;

/**
 * A coached client's journey through the gateway with the Java clients generated from the services' OpenAPI documents
 * (api-clients), as a mobile developer would write it: any drift between a document and the service breaks it.
 */
class GeneratedClientJourneyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";

    @Test
    void aCoachedClientRecordsAndWritesToTheTeamWithTheGeneratedClients() throws Exception {
        String definition = Stack.publish(Stack.demoPathwayOpenToday("weight-management.json"), "Painonhallinta");

        EnrollmentView enrollment = new EnrollmentsApi(pathway("nurse")).startEnrollment(
                new StartRequest().definitionId(UUID.fromString(definition)).clientSubject(CLIENT_SUB),
                UUID.randomUUID().toString(), null);
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.getClientSubject()).isEqualTo(CLIENT_SUB);

        ProgressApi progress = new ProgressApi(pathway("client"));
        Timeline timeline = progress.getTimeline(enrollment.getId(), null);
        assertThat(timeline.getDueToday()).isNotEmpty();
        RecordView weight = progress.recordProgress(enrollment.getId(), "weight",
                new RecordRequest().values(Map.of("value", 82.5)), UUID.randomUUID().toString(), null);
        assertThat(weight.getModuleKey()).isEqualTo("weight");

        ThreadsApi client = new ThreadsApi(messaging("client"));
        String key = UUID.randomUUID().toString();
        OpenThreadRequest question = new OpenThreadRequest().enrollmentId(enrollment.getId()).topic("Punnitus")
                .body("Punnitsenko aamulla vai illalla?");
        // messaging-service learns of the enrollment from its event; until then the enrollment is unknown to it
        AtomicReference<ThreadView> opened = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            try {
                opened.set(client.openThread(question, key, null));
                return true;
            } catch (fi.digipolku.client.messaging.ApiException e) {
                return false;
            }
        });
        ThreadView thread = opened.get();
        assertThat(thread.getStatus()).isEqualTo(ThreadStatus.OPEN);
        assertThat(client.openThread(question, key, null).getId()).as("a retry with the same key")
                .isEqualTo(thread.getId());

        MessageView reply = new ThreadsApi(messaging("nurse")).postMessage(thread.getId(), UUID.randomUUID().toString(),
                null, "Aamulla ennen aamiaista.", List.of());
        assertThat(reply.getSenderRole()).isEqualTo("professional");
        assertThat(client.listMessages(thread.getId(), 0, 20, null).getItems()).extracting(MessageView::getBody)
                .contains("Punnitsenko aamulla vai illalla?", "Aamulla ennen aamiaista.");

        Session session = new SessionApi(gateway("client")).getSession();
        assertThat(session.getSubject()).isEqualTo(CLIENT_SUB);
        assertThat(session.getRoles()).contains("client");
    }

    @Test
    void aProblemReachesTheGeneratedClientInTheAskedLanguage() {
        fi.digipolku.client.pathway.ApiClient swedish = pathway("client");
        swedish.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Stack.token("client"))
                .header("Accept-Language", "sv-FI, sv;q=0.9"));

        ApiException notFound = catchThrowableOfType(ApiException.class,
                () -> new EnrollmentsApi(swedish).getEnrollment(UUID.randomUUID(), null, null));

        assertThat(notFound.getCode()).isEqualTo(404);
        assertThat(notFound.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Stack.json(notFound.getResponseBody());
        assertThat(problem.path("type").asText()).isEqualTo("urn:digipolku:problem:not-found");
        assertThat(problem.path("title").asText()).isEqualTo("Resursen finns inte");
    }

    private static fi.digipolku.client.pathway.ApiClient pathway(String user) {
        fi.digipolku.client.pathway.ApiClient client = new fi.digipolku.client.pathway.ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Stack.token(user)));
        return client;
    }

    private static fi.digipolku.client.messaging.ApiClient messaging(String user) {
        fi.digipolku.client.messaging.ApiClient client = new fi.digipolku.client.messaging.ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Stack.token(user)));
        return client;
    }

    private static fi.digipolku.client.gateway.ApiClient gateway(String user) {
        fi.digipolku.client.gateway.ApiClient client = new fi.digipolku.client.gateway.ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Stack.token(user)));
        return client;
    }
}
