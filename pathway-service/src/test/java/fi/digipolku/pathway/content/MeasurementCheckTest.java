package fi.digipolku.pathway.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;

/**
 * Errors carry their message key, or, when the message has arguments, its text in the language of the request: Finnish
 * here, outside any request.
 */
class MeasurementCheckTest {

    private static final MeasurementSpec WEIGHT = new MeasurementSpec(MeasurementType.BODY_WEIGHT, null, null,
            Map.of("value", new ValueRange(20.0, 300.0)), Map.of("value", new ValueRange(null, 120.0)), null);

    private static final MeasurementSpec PRESSURE = new MeasurementSpec(MeasurementType.BLOOD_PRESSURE, null, null,
            Map.of("systolic", new ValueRange(50.0, 260.0), "diastolic", new ValueRange(30.0, 160.0)),
            Map.of("systolic", new ValueRange(90.0, 160.0), "diastolic", new ValueRange(50.0, 100.0)), null);

    @Test
    void acceptsAPlausibleValueInsideTheAlertRange() {
        MeasurementCheck.Result result = MeasurementCheck.check(WEIGHT, Map.of("value", 82.4), "kg");

        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.outOfRange()).isFalse();
        assertThat(result.alertedComponents()).isEmpty();
    }

    @Test
    void aMissingUnitMeansTheModulesUnit() {
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", 82.4), null).errors()).isEmpty();
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", 82.4), " ").errors()).isEmpty();
    }

    @Test
    void plausibleRangeEndsAreAccepted() {
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", 20.0), "kg").errors()).isEmpty();
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", 300.0), "kg").errors()).isEmpty();
    }

    @Test
    void implausibleValuesAreRefusedNamingTheAllowedRange() {
        MeasurementCheck.Result low = MeasurementCheck.check(WEIGHT, Map.of("value", 19.9), "kg");
        MeasurementCheck.Result high = MeasurementCheck.check(WEIGHT, Map.of("value", 300.5), "kg");

        assertThat(low.errors())
                .containsExactly(new FieldError("values.value", "ei ole uskottava arvo (sallittu 20–300)"));
        assertThat(high.errors())
                .containsExactly(new FieldError("values.value", "ei ole uskottava arvo (sallittu 20–300)"));
        assertThat(high.outOfRange()).isFalse();
        assertThat(high.alertedComponents()).isEmpty();
    }

    @Test
    void aHalfOpenPlausibleRangeIsDescribedByItsEnd() {
        MeasurementSpec atLeast = new MeasurementSpec(MeasurementType.WAIST_CIRCUMFERENCE, null, null,
                Map.of("value", new ValueRange(40.5, null)), null, null);
        MeasurementSpec atMost = new MeasurementSpec(MeasurementType.WAIST_CIRCUMFERENCE, null, null,
                Map.of("value", new ValueRange(null, 200.0)), null, null);

        assertThat(MeasurementCheck.check(atLeast, Map.of("value", 40.0), null).errors())
                .containsExactly(new FieldError("values.value", "ei ole uskottava arvo (sallittu vähintään 40,5)"));
        assertThat(MeasurementCheck.check(atMost, Map.of("value", 201.0), null).errors())
                .containsExactly(new FieldError("values.value", "ei ole uskottava arvo (sallittu enintään 200)"));
    }

    @Test
    void withoutRangesAnyFiniteValueIsAcceptedWithoutAlert() {
        MeasurementSpec bare = new MeasurementSpec(MeasurementType.HEIGHT, null, null, null, null, null);

        MeasurementCheck.Result result = MeasurementCheck.check(bare, Map.of("value", 1e6), "cm");

        assertThat(result.errors()).isEmpty();
        assertThat(result.outOfRange()).isFalse();
    }

    @Test
    void aValueOutsideTheAlertRangeIsAcceptedButFlagged() {
        MeasurementCheck.Result result = MeasurementCheck.check(WEIGHT, Map.of("value", 120.1), "kg");

        assertThat(result.errors()).isEmpty();
        assertThat(result.outOfRange()).isTrue();
        assertThat(result.alertedComponents()).containsExactly("value");
    }

    @Test
    void alertRangeEndsDoNotAlert() {
        MeasurementCheck.Result result = MeasurementCheck.check(PRESSURE, Map.of("systolic", 160.0, "diastolic", 50.0),
                "mm[Hg]");

        assertThat(result.outOfRange()).isFalse();
        assertThat(result.alertedComponents()).isEmpty();
    }

    @Test
    void bloodPressureAlertsNameEachComponentOutsideItsRange() {
        MeasurementCheck.Result both = MeasurementCheck.check(PRESSURE, Map.of("systolic", 175.0, "diastolic", 105.0),
                "mm[Hg]");
        MeasurementCheck.Result diastolicOnly = MeasurementCheck.check(PRESSURE,
                Map.of("systolic", 140.0, "diastolic", 101.0), "mm[Hg]");

        assertThat(both.errors()).isEmpty();
        assertThat(both.alertedComponents()).containsExactly("systolic", "diastolic");
        assertThat(diastolicOnly.outOfRange()).isTrue();
        assertThat(diastolicOnly.alertedComponents()).containsExactly("diastolic");
    }

    @Test
    void bloodPressureNeedsBothComponents() {
        MeasurementCheck.Result result = MeasurementCheck.check(PRESSURE, Map.of("systolic", 120.0), "mm[Hg]");

        assertThat(result.errors()).containsExactly(new FieldError("values.diastolic", "measurement.value-required"));
    }

    @Test
    void systolicMustExceedDiastolic() {
        assertThat(MeasurementCheck.check(PRESSURE, Map.of("systolic", 80.0, "diastolic", 80.0), null).errors())
                .containsExactly(new FieldError("values.systolic", "measurement.systolic-above-diastolic"));
        assertThat(MeasurementCheck.check(PRESSURE, Map.of("systolic", 70.0, "diastolic", 90.0), null).errors())
                .containsExactly(new FieldError("values.systolic", "measurement.systolic-above-diastolic"));
        assertThat(MeasurementCheck.check(PRESSURE, Map.of("systolic", 80.1, "diastolic", 80.0), null).errors())
                .isEmpty();
    }

    @Test
    void unexpectedComponentsAreRefusedInNameOrder() {
        MeasurementCheck.Result result = MeasurementCheck.check(WEIGHT,
                Map.of("value", 80.0, "systolic", 120.0, "bmi", 25.0), "kg");

        assertThat(result.errors()).containsExactly(
                new FieldError("values.bmi", "measurement.unknown-value"),
                new FieldError("values.systolic", "measurement.unknown-value"));
    }

    @Test
    void aSingleValueIsNotABloodPressure() {
        assertThat(MeasurementCheck.check(PRESSURE, Map.of("value", 120.0), null).errors()).containsExactly(
                new FieldError("values.systolic", "measurement.value-required"),
                new FieldError("values.diastolic", "measurement.value-required"),
                new FieldError("values.value", "measurement.unknown-value"));
    }

    @Test
    void missingOrNullValuesAreRequired() {
        Map<String, Double> nullValue = new HashMap<>();
        nullValue.put("value", null);

        assertThat(MeasurementCheck.check(WEIGHT, nullValue, "kg").errors())
                .containsExactly(new FieldError("values.value", "measurement.value-required"));
        assertThat(MeasurementCheck.check(WEIGHT, null, "kg").errors())
                .containsExactly(new FieldError("values.value", "measurement.value-required"));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", Double.NaN), "kg").errors())
                .containsExactly(new FieldError("values.value", "measurement.not-finite"));
        assertThat(MeasurementCheck.check(PRESSURE,
                Map.of("systolic", Double.POSITIVE_INFINITY, "diastolic", Double.NEGATIVE_INFINITY), null).errors())
                .containsExactly(new FieldError("values.systolic", "measurement.not-finite"),
                        new FieldError("values.diastolic", "measurement.not-finite"));
    }

    @Test
    void aDifferentUnitIsRefused() {
        assertThat(MeasurementCheck.check(WEIGHT, Map.of("value", 180.0), "lb").errors())
                .containsExactly(new FieldError("unit", "on oltava kg"));
        assertThat(MeasurementCheck.check(PRESSURE, Map.of("systolic", 120.0, "diastolic", 80.0), "mmHg").errors())
                .containsExactly(new FieldError("unit", "on oltava mm[Hg]"));
    }

    @Test
    void unitsAreCaseSensitiveAsInUcum() {
        MeasurementSpec glucose = new MeasurementSpec(MeasurementType.BLOOD_GLUCOSE, null, null, null, null, null);

        assertThat(MeasurementCheck.check(glucose, Map.of("value", 5.4), "mmol/L").errors()).isEmpty();
        assertThat(MeasurementCheck.check(glucose, Map.of("value", 5.4), "mmol/l").errors())
                .containsExactly(new FieldError("unit", "on oltava mmol/L"));
    }

    @Test
    void theModulesOwnUnitOverridesTheTypes() {
        MeasurementSpec steps = new MeasurementSpec(MeasurementType.OTHER, "55423-8", "{steps}", null, null, null);

        assertThat(MeasurementCheck.check(steps, Map.of("value", 8000.0), "{steps}").errors()).isEmpty();
        assertThat(MeasurementCheck.check(steps, Map.of("value", 8000.0), "kg").errors())
                .containsExactly(new FieldError("unit", "on oltava {steps}"));
    }

    @Test
    void aUnitIsRefusedWhenTheModuleHasNone() {
        MeasurementSpec unitless = new MeasurementSpec(MeasurementType.OTHER, "55423-8", null, null, null, null);

        assertThat(MeasurementCheck.check(unitless, Map.of("value", 3.0), null).errors()).isEmpty();
        assertThat(MeasurementCheck.check(unitless, Map.of("value", 3.0), "kg").errors())
                .containsExactly(new FieldError("unit", "measurement.unit-not-taken"));
    }

    @Test
    void aRefusedRecordingNeverAlertsAndReportsEveryError() {
        MeasurementCheck.Result result = MeasurementCheck.check(PRESSURE,
                Map.of("systolic", 300.0, "diastolic", 20.0, "pulse", 70.0), "kPa");

        assertThat(result.errors()).containsExactly(
                new FieldError("values.systolic", "ei ole uskottava arvo (sallittu 50–260)"),
                new FieldError("values.diastolic", "ei ole uskottava arvo (sallittu 30–160)"),
                new FieldError("values.pulse", "measurement.unknown-value"),
                new FieldError("unit", "on oltava mm[Hg]"));
        assertThat(result.outOfRange()).isFalse();
        assertThat(result.alertedComponents()).isEmpty();
    }
}
