package fi.digipolku.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeGroupTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({"131052-308T, 65-74", "010101A123N, 18-29", "221108A1234, 18-29", "231108A1234, 0-17",
            "150680-123X, 45-64", "311299-999Y, 18-29", "010150+123A, 75+", "010190Y123H, 30-44",
            "221208b123h, 0-17", "010150U1234, 75+"})
    void theAgeGroupComesFromTheBirthDateAndCenturySign(String code, String group) {
        assertThat(AgeGroup.of(code, TODAY)).isEqualTo(group);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(AgeGroup.of(null, TODAY)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.of("not a code", TODAY)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.of("310299-1234", TODAY)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.of("010130A1234", TODAY)).isEqualTo(AgeGroup.UNKNOWN);
    }
}
