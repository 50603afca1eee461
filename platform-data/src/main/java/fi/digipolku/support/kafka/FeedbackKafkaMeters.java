package fi.digipolku.support.kafka;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Leaves out every Kafka client meter that counts events of a topic whose counts are private: feedback events,
 * whose numbers are published by feedback-service alone under the small-group rule. A record, byte or lag count of
 * the feedback topic, or of a client that reads or writes only that topic, would show how many answers a pool run
 * stored, a group of any size. The topic's meters go wherever they appear; the named clients' meters go entirely.
 */
public class FeedbackKafkaMeters {

    /** Which Kafka meters are left out ({@code digipolku.kafka-meters.*}). */
    @ConfigMapping(prefix = "digipolku.kafka-meters")
    public interface Config {

        /** Topics whose Kafka client meters are not exposed. */
        @WithDefault("feedback-events")
        Set<String> privateTopics();

        /** Kafka clients (by client id) that read or write only private topics: none of their meters is exposed. */
        Optional<Set<String>> privateClients();
    }

    /** True for a Kafka client meter of a private topic or of a private client. */
    static boolean isPrivate(Meter.Id id, Set<String> topics, Set<String> clients) {
        if (!id.getName().startsWith("kafka.")) {
            return false;
        }
        return topics.contains(tag(id, "topic")) || clients.contains(tag(id, "client.id"))
                || clients.contains(tag(id, "client-id"));
    }

    private static String tag(Meter.Id id, String key) {
        String value = id.getTag(key);
        return value == null ? "" : value;
    }

    @Produces
    @Singleton
    MeterFilter noPrivateKafkaCounts(Config config) {
        Set<String> topics = config.privateTopics();
        Set<String> clients = config.privateClients().orElse(Set.of());
        return MeterFilter.deny(id -> isPrivate(id, topics, clients));
    }
}
