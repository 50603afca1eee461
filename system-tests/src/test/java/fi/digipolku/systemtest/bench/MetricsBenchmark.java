package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.CLIENT_SUB;
import static fi.digipolku.systemtest.bench.Bench.JSON;
import static fi.digipolku.systemtest.bench.Bench.change;
import static fi.digipolku.systemtest.bench.Bench.field;
import static fi.digipolku.systemtest.bench.Bench.send;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The freshness of the effectiveness report (run with {@code ./platform bench metrics}): from an enrollment started
 * through the gateway (its event produced through pathway-service's outbox) to the report showing it, next to a
 * broker-only Kafka round trip (produce, consume) measured in the same run on the same machine; and the whole report
 * (every pathway and team, CSV) next to one JSON page of it.
 */
final class MetricsBenchmark {

    private static final int ROUNDS = 40;

    private MetricsBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String analyst = token("analyst");
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = JSON.readValue(new File(System.getProperty("digipolku.root", "."),
                "stack/demo/weight-management.json"), Map.class);
        definition.put("name", Map.of("fi", "Benchmark " + UUID.randomUUID()));
        String definitionId = field(send("POST", "/api/v1/pathway-definitions", admin,
                JSON.writeValueAsString(definition), 201), "id");
        change("POST", "/api/v1/pathway-definitions/" + definitionId + "/publish", admin, null, 200,
                "/api/v1/pathway-definitions/" + definitionId);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).toString();
        String report = "/api/v1/reports/effectiveness?period=day&from=" + today + "&to=" + today + "&definitionId="
                + definitionId;
        String start = JSON.writeValueAsString(Map.of("definitionId", definitionId, "clientSubject", CLIENT_SUB));

        System.out.println("== Freshness: enrollment started through the gateway -> visible in the report");
        long[] freshness = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            String enrollment = field(send("POST", "/api/v1/enrollments", nurse, start, 201), "id");
            while (started(send("GET", report, analyst, null, 200)) < i + 1) {
                Thread.sleep(5);
            }
            freshness[i] = System.nanoTime() - t0;
            change("POST", "/api/v1/enrollments/" + enrollment + "/discontinue", nurse,
                    "{\"reason\":\"benchmark\"}", 200, "/api/v1/enrollments/" + enrollment);
        }
        print("event -> report", freshness);

        System.out.println("== The whole report: every pathway and team of the last months, as CSV and as a JSON page");
        long rows = JSON.readTree(send("GET", "/api/v1/reports/effectiveness?size=1", analyst, null, 200))
                .path("total").asLong();
        // A CSV holds at most 5000 rows; a longer report is measured over this month only.
        String narrowed = rows > 5000 ? "&from=" + today.substring(0, 8) + "01" : "";
        long[] csv = new long[10];
        long[] page = new long[10];
        for (int i = 0; i < csv.length; i++) {
            long t0 = System.nanoTime();
            send("GET", "/api/v1/reports/effectiveness?format=csv" + narrowed, analyst, null, 200);
            csv[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            send("GET", "/api/v1/reports/effectiveness?size=100", analyst, null, 200);
            page[i] = System.nanoTime() - t0;
        }
        print(narrowed.isEmpty() ? "CSV of " + rows + " rows" : "CSV of this month", csv);
        print("JSON page of 100", page);

        System.out.println("== Broker only: produce -> consume on a topic of its own");
        print("kafka round trip", kafkaRoundTrips());
        change("POST", "/api/v1/pathway-definitions/" + definitionId + "/retire", admin, null, 200,
                "/api/v1/pathway-definitions/" + definitionId);
    }

    private static int started(String reportJson) throws Exception {
        int started = 0;
        for (var row : JSON.readTree(reportJson).path("items")) {
            started += row.path("organisation").path("started").asInt();
        }
        return started;
    }

    private static long[] kafkaRoundTrips() {
        String topic = "bench-roundtrip-" + UUID.randomUUID();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long[] trips = new long[ROUNDS * 5];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", "warm-up")).get();
            consumer.subscribe(List.of(topic));
            while (consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                // until the consumer has joined and read the warm-up record
            }
            for (int i = 0; i < trips.length; i++) {
                String key = Integer.toString(i);
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, "x")).get();
                boolean seen = false;
                while (!seen) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        seen |= key.equals(record.key());
                    }
                }
                trips[i] = System.nanoTime() - t0;
            }
        } catch (Exception e) {
            throw new IllegalStateException("the Kafka round trip failed", e);
        }
        return trips;
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-22s %4d samples  p50 %8.1f ms  p99 %8.1f ms%n", name, sorted.length,
                Bench.percentile(sorted, 0.50), Bench.percentile(sorted, 0.99));
    }
}
