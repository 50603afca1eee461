package fi.digipolku.support.kafka;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Leaves out the Kafka clients' own time ratios ({@code io-ratio}, {@code io-wait-ratio}, {@code network-io-ratio}…):
 * the clients sum them over their I/O threads and measurement windows, so they read above 1 (1.07 has been seen), and
 * a dashboard cannot tell such a "ratio" from a real share. Every share the platform exposes is within [0, 1].
 */
public class KafkaRatioFilter {

    /** True for a Kafka client time ratio, which is not a share. */
    static boolean unboundedKafkaRatio(String meterName) {
        return meterName.startsWith("kafka.") && meterName.endsWith("io.ratio")
                || meterName.startsWith("kafka.") && meterName.endsWith("io.wait.ratio");
    }

    @Produces
    @Singleton
    MeterFilter noUnboundedKafkaRatios() {
        return MeterFilter.deny(id -> unboundedKafkaRatio(id.getName()));
    }
}
