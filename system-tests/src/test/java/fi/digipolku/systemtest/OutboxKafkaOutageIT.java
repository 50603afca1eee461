package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.ServicesThroughGatewayIT.publishDefinition;
import static fi.digipolku.systemtest.ServicesThroughGatewayIT.reported;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Events written while Kafka is down stay in the outbox and reach their consumer once Kafka is back: the change is
 * accepted at once, nothing is lost.
 */
class OutboxKafkaOutageIT {

    private static final String[] SERVICES = {"http://localhost:8081", "http://localhost:8082",
            "http://localhost:8083", "http://localhost:8084"};

    @AfterAll
    static void kafkaIsBack() {
        Stack.platform("run", "kafka");
    }

    @Test
    void eventsWrittenDuringAnOutageAreDeliveredAfterIt() throws Exception {
        // Let tokens be fetched while everything is up; they stay valid through the outage.
        Stack.token("admin");
        Stack.token("analyst");

        Stack.platform("stop", "kafka");
        String first = publishDefinition("Painonhallinta katkon aikana", "weight-team");
        String second = publishDefinition("Osteoporoosi katkon aikana", "osteoporosis-team");
        Thread.sleep(3000);
        assertThat(reported(first)).as("nothing can be delivered while Kafka is down").isFalse();
        // Services whose consumers cannot reach Kafka say they are not ready; they stay alive and keep accepting
        // changes. pathway-service only publishes, through its outbox: it stays ready, so clients keep recording.
        for (String service : SERVICES) {
            if (service.endsWith(":8081")) {
                continue;
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get(service + "/q/health/ready").statusCode() == 503);
            given().get(service + "/q/health/live").then().statusCode(200);
        }
        given().get("http://localhost:8081/q/health/ready").then().statusCode(200);

        Stack.platform("run", "kafka");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> reported(first) && reported(second));
        for (String service : SERVICES) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get(service + "/q/health/ready").statusCode() == 200);
        }
    }
}
