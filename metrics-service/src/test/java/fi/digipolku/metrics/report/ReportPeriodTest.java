package fi.digipolku.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        assertThat(ReportPeriod.WEEK.startOf(sunday)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(ReportPeriod.WEEK.endOf(LocalDate.of(2026, 11, 16))).isEqualTo(sunday);
        assertThat(ReportPeriod.MONTH.startOf(sunday)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ReportPeriod.MONTH.endOf(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void spansCoverTheRangeInWholePeriods() {
        assertThat(ReportPeriod.MONTH.spans(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 2)))
                .extracting(ReportPeriod.Span::start).containsExactly(LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        assertThat(ReportPeriod.DAY.spans(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30))).hasSize(3);
        assertThat(ReportPeriod.WEEK.spans(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)))
                .extracting(ReportPeriod.Span::start)
                .containsExactly(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4));
    }

    @Test
    void guardRules() {
        assertThat(Guard.suppressed(9)).isTrue();
        assertThat(Guard.suppressed(10)).isFalse();
        assertThat(Guard.ratio(2, 3)).isEqualTo(0.667);
        assertThat(Guard.ratio(1, 0)).isNull();
    }
}
