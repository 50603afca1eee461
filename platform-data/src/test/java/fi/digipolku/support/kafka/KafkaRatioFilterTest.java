package fi.digipolku.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilterReply;

class KafkaRatioFilterTest {

    private final io.micrometer.core.instrument.config.MeterFilter filter = new KafkaRatioFilter()
            .noUnboundedKafkaRatios();

    private static Meter.Id id(String name) {
        return new Meter.Id(name, Tags.empty(), null, null, Meter.Type.GAUGE);
    }

    @Test
    void theKafkaClientsTimeRatiosAreLeftOut() {
        assertThat(filter.accept(id("kafka.producer.io.wait.ratio"))).isEqualTo(MeterFilterReply.DENY);
        assertThat(filter.accept(id("kafka.consumer.io.wait.ratio"))).isEqualTo(MeterFilterReply.DENY);
        assertThat(filter.accept(id("kafka.producer.io.ratio"))).isEqualTo(MeterFilterReply.DENY);
        assertThat(filter.accept(id("kafka.consumer.network.io.ratio")))
                .isEqualTo(MeterFilterReply.DENY);
    }

    @Test
    void everythingElseStays() {
        assertThat(filter.accept(id("kafka.producer.record.send.rate")))
                .isEqualTo(MeterFilterReply.NEUTRAL);
        assertThat(filter.accept(id("digipolku.measurement.adherence.ratio")))
                .isEqualTo(MeterFilterReply.NEUTRAL);
        assertThat(filter.accept(id("http.server.requests"))).isEqualTo(MeterFilterReply.NEUTRAL);
    }
}
