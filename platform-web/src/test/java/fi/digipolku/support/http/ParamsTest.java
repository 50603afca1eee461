package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.ProblemException;

class ParamsTest {

    @Test
    void readsValuesAndTreatsEmptyAsAbsent() {
        UUID id = UUID.randomUUID();
        assertThat(Params.uuid("id", id.toString())).isEqualTo(id);
        assertThat(Params.uuid("id", "")).isNull();
        assertThat(Params.uuid("id", null)).isNull();
        assertThat(Params.enumValue("day", "monday", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Params.enumValue("day", null, DayOfWeek.class)).isNull();
        assertThat(Params.date("from", "2026-11-22")).isEqualTo(java.time.LocalDate.of(2026, 11, 22));
        assertThat(Params.month("month", "2026-11")).isEqualTo(java.time.YearMonth.of(2026, 11));
        assertThat(Params.date("from", "")).isNull();
    }

    @Test
    void malformedValuesAreBadRequestsNamingTheParameter() {
        assertThatThrownBy(() -> Params.uuid("definitionId", "x")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem(Messages.ENGLISH).errors().get(0))
                .isEqualTo(new FieldError("definitionId", "must be a UUID"));
        assertThatThrownBy(() -> Params.enumValue("day", "someday", DayOfWeek.class))
                .extracting(
                        e -> ((ProblemException) e).problem().errors().get(0).message().contains("MONDAY, TUESDAY"))
                .isEqualTo(true);
        assertThatThrownBy(() -> Params.date("from", "22.11.2026")).extracting(
                e -> ((ProblemException) e).problem().errors().get(0).field()).isEqualTo("from");
        assertThatThrownBy(() -> Params.month("month", "2026-13")).isInstanceOf(ProblemException.class);
        for (String withControl : new String[]{"2026-11\u0000", "\u00002026-11", "2026-11\n", "2026-11-01\t"}) {
            assertThatThrownBy(() -> Params.month("month", withControl)).isInstanceOf(ProblemException.class);
            assertThatThrownBy(() -> Params.date("from", withControl)).isInstanceOf(ProblemException.class);
        }
        assertThat(Params.month("month", " 2026-11 ")).as("spaces around are no harm").hasToString("2026-11");
        for (String blank : new String[]{" ", "\u3000", "\u2028", "\n", "\u000B"}) {
            assertThatThrownBy(() -> Params.month("month", blank)).as("blank is no default")
                    .isInstanceOf(ProblemException.class);
            assertThatThrownBy(() -> Params.uuid("id", blank)).isInstanceOf(ProblemException.class);
        }
        for (String far : new String[]{"+999999999-12-31", "-999999999-01-01", "0999-12-31", "10000-01-01",
                "2026-02-30"}) {
            assertThatThrownBy(() -> Params.date("to", far)).as(far).isInstanceOf(ProblemException.class);
        }
    }
}
