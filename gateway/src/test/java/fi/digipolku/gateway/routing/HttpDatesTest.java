package fi.digipolku.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class HttpDatesTest {

    @Test
    void aDayBeforeTheTenthGetsTwoDigits() {
        assertThat(HttpDates.imfFixdate("Mon, 7 Dec 2026 09:05:00 GMT")).isEqualTo("Mon, 07 Dec 2026 09:05:00 GMT");
        assertThat(HttpDates.imfFixdate("Thu, 31 Dec 2026 23:59:59 GMT")).isEqualTo("Thu, 31 Dec 2026 23:59:59 GMT");
    }

    @Property
    void everyMomentKeepsItsValueInTheFixedForm(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long second) {
        Instant moment = Instant.ofEpochSecond(second);
        String rfc1123 = DateTimeFormatter.RFC_1123_DATE_TIME.format(moment.atOffset(ZoneOffset.UTC));

        String fixed = HttpDates.imfFixdate(rfc1123);

        assertThat(fixed).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(fixed))).isEqualTo(moment);
    }

    @Test
    void somethingElseIsLeftAsItIs() {
        assertThat(HttpDates.imfFixdate("yesterday")).isEqualTo("yesterday");
    }
}
