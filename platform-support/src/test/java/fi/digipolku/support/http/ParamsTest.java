package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

class ParamsTest {

    @Test
    void readsValuesAndTreatsBlankAsAbsent() {
        UUID id = UUID.randomUUID();
        assertThat(Params.uuid("id", id.toString())).isEqualTo(id);
        assertThat(Params.uuid("id", " ")).isNull();
        assertThat(Params.enumValue("day", "monday", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Params.enumValue("day", null, DayOfWeek.class)).isNull();
    }

    @Test
    void malformedValuesAreBadRequestsNamingTheParameter() {
        assertThatThrownBy(() -> Params.uuid("definitionId", "x")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().errors().get(0))
                .isEqualTo(new FieldError("definitionId", "must be a UUID"));
        assertThatThrownBy(() -> Params.enumValue("day", "someday", DayOfWeek.class))
                .extracting(
                        e -> ((ProblemException) e).problem().errors().get(0).message().startsWith("must be one of"))
                .isEqualTo(true);
    }
}
