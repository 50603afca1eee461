package fi.digipolku.systemtest.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The consumers' lag: how many events on the platform's topics every consumer group still has to take. */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getProperty("digipolku.kafka.bootstrap", "localhost:9092"));
        admin = Admin.create(properties);
    }

    /** The lag of every consumer group, summed over its partitions. */
    Map<String, Long> byGroup() throws InterruptedException, ExecutionException {
        Map<String, Long> lag = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            long total = 0;
            for (var entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    total += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
            lag.put(group.groupId(), total);
        }
        return lag;
    }

    long total() throws InterruptedException, ExecutionException {
        return byGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Waits until no group lags (at most {@code limitSeconds}); returns the seconds it took, or -1 when the lag was
     * still there at the limit.
     */
    double secondsUntilCaughtUp(double limitSeconds) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        while (total() > 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds > limitSeconds) {
                return -1;
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        admin.close();
    }
}
