package fi.digipolku.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;

class FeedbackKafkaMetersTest {

    private static final Set<String> TOPICS = Set.of("feedback-events");
    private static final Set<String> CLIENTS = Set.of("kafka-consumer-feedback-events");

    private static boolean hidden(String name, String... tags) {
        return FeedbackKafkaMeters.isPrivate(new Meter.Id(name, Tags.of(tags), null, null, Meter.Type.GAUGE), TOPICS,
                CLIENTS);
    }

    @Test
    void aCountOfTheFeedbackTopicIsLeftOutWhateverTheClient() {
        assertThat(hidden("kafka.consumer.fetch.manager.records.lead", "client.id", "kafka-consumer-pathway-events",
                "topic", "feedback-events", "partition", "0")).isTrue();
        assertThat(hidden("kafka.producer.topic.record.send.total", "client.id", "kafka-producer-outbox", "topic",
                "feedback-events")).isTrue();
    }

    @Test
    void everyMeterOfAClientThatOnlyReadsFeedbackIsLeftOut() {
        assertThat(hidden("kafka.consumer.fetch.manager.records.consumed.total", "client.id",
                "kafka-consumer-feedback-events")).isTrue();
        assertThat(hidden("kafka.consumer.coordinator.commit.total", "client-id",
                "kafka-consumer-feedback-events")).isTrue();
    }

    @Test
    void otherTopicsClientsAndTheApplicationsOwnMetersStay() {
        assertThat(hidden("kafka.consumer.fetch.manager.records.consumed.total", "client.id",
                "kafka-consumer-pathway-events", "topic", "pathway-events")).isFalse();
        assertThat(hidden("kafka.producer.record.send.total", "client.id", "kafka-producer-outbox")).isFalse();
        assertThat(hidden("digipolku.feedback.something", "topic", "feedback-events")).isFalse();
        assertThat(hidden("http.server.requests", "uri", "/q/metrics")).isFalse();
    }
}
