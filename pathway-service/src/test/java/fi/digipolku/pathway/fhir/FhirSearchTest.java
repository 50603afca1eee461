package fi.digipolku.pathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.ProblemException;

class FhirSearchTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static FhirSearch parse(Map<String, List<String>> query) {
        return FhirSearch.parse(query, "date", true, true, 20, 100, HELSINKI);
    }

    @Test
    void readsThePatientIdentifierInEveryAcceptedForm() {
        for (String name : List.of("patient:identifier", "subject:identifier", "patient.identifier")) {
            FhirSearch search = parse(Map.of(name, List.of("urn:oid:1.2.246.21|131052-308t")));
            assertThat(search.patientGiven()).isTrue();
            assertThat(search.identityCode()).isEqualTo("131052-308T");
        }
        assertThatThrownBy(() -> parse(Map.of("patient:identifier", List.of("urn:other|1"))))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void datesNarrowARangeInTheServiceZone() {
        FhirSearch search = parse(Map.of("date", List.of("ge2026-01-01", "le2026-01-31")));
        assertThat(search.from()).isEqualTo(Instant.parse("2025-12-31T22:00:00Z"));
        assertThat(search.until()).isEqualTo(Instant.parse("2026-01-31T22:00:00Z"));
        FhirSearch exact = parse(Map.of("_lastUpdated", List.of("gt2026-03-01T10:00:00Z")));
        assertThat(exact.updatedFrom()).isAfter(Instant.parse("2026-03-01T10:00:00Z"));
        assertThatThrownBy(() -> parse(Map.of("date", List.of("ge01.01.2026")))).isInstanceOf(ProblemException.class);
    }

    @Test
    void datesBeyondAnyRecordAreRefusedNotSentToTheDatabase() {
        for (String value : List.of("ge+999999999-12-31T23:59:59Z", "le-999999999-01-01T00:00:00Z",
                "eq0001-01-01", "lt+10000-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> parse(Map.of("date", List.of(value)))).as(value)
                    .isInstanceOf(ProblemException.class);
            assertThatThrownBy(() -> parse(Map.of("_lastUpdated", List.of(value)))).as(value)
                    .isInstanceOf(ProblemException.class);
        }
        assertThat(parse(Map.of("date", List.of("ge1900-01-02", "le9999-12-30"))).from()).isNotNull();
    }

    @Test
    void countHasAHardMaximumAndUnknownParametersAreRefused() {
        assertThat(parse(Map.of()).count()).isEqualTo(20);
        assertThat(parse(Map.of("_count", List.of("100"))).count()).isEqualTo(100);
        assertThatThrownBy(() -> parse(Map.of("_count", List.of("101")))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> parse(Map.of("name", List.of("x")))).isInstanceOf(ProblemException.class);
    }

    @Test
    void tokensMayNameTheirSystem() {
        FhirSearch search = parse(Map.of("code", List.of("http://loinc.org|29463-7"), "category",
                List.of("vital-signs")));
        assertThat(search.code()).isEqualTo("29463-7");
        assertThat(search.category()).isEqualTo("vital-signs");
    }
}
