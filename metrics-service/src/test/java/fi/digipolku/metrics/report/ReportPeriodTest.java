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
        assertThat(Guard.nps(20, 10, 0, 0)).isEqualTo(66.7);
        assertThat(Guard.nps(10, 13, 40, 0)).isEqualTo(-47.6);
        assertThat(Guard.nps(0, 0, 10, 25)).isEqualTo(-100.0);
    }

    @Test
    void aFigureIsShownOnlyWhereEveryCountItIsComputedFromIsZeroOrTen() {
        assertThat(Guard.nps(9, 0, 0, 0)).as("nine answers").isNull();
        assertThat(Guard.nps(9, 1, 0, 0)).as("90.0 over ten names the one passive").isNull();
        assertThat(Guard.nps(6, 0, 4, 0)).as("six promoters and four detractors").isNull();
        assertThat(Guard.nps(10, 10, 0, 3)).as("three answers without an NPS").isNull();
        assertThat(Guard.mean(new long[]{0, 0, 0, 0, 0, 1, 9}, 1, 0)).as("6.9: nine 7s and one 6").isNull();
        assertThat(Guard.mean(new long[]{0, 0, 0, 0, 0, 10, 10}, 1, 0)).isEqualTo(6.5);
        assertThat(Guard.mean(new long[]{0, 0, 0, 0, 0, 10, 10}, 1, 2)).as("two without a CES").isNull();
        assertThat(Guard.mean(new long[]{10, 0, 11}, 1, 0)).isEqualTo(2.05);
    }
}
