package fi.digipolku.pathway.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/**
 * Checks one recording against its measurement module: every component of the type and nothing else, in the module's
 * unit, finite and plausible (else refused); values outside the alert range raise a flag for the team.
 */
public final class MeasurementCheck {

    /** Where the errors of the values are: {@code values.<component>}. */
    private static final String VALUES = "values.";

    private MeasurementCheck() {
    }

    /**
     * The outcome of a check: every refused field, and whether (and for which components, in the type's order) an
     * accepted recording falls outside the alert range. A refused recording never alerts.
     */
    public record Result(List<FieldError> errors, boolean outOfRange, List<String> alertedComponents) {

        public Result {
            errors = List.copyOf(errors);
            alertedComponents = List.copyOf(alertedComponents);
        }

        /** Whether the recording is accepted. */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks {@code values} (keyed by component: {@code value}, or {@code systolic} and {@code diastolic}) and the
     * optional {@code unit} (null or blank means the module's unit). Errors are under {@code values.<component>} and
     * {@code unit}.
     */
    public static Result check(MeasurementSpec spec, Map<String, Double> values, String unit) {
        Objects.requireNonNull(spec, "spec");
        Map<String, Double> given = values == null ? Map.of() : values;
        List<String> components = spec.type().components();
        List<FieldError> errors = new ArrayList<>();
        for (String component : components) {
            String field = VALUES + component;
            Double value = given.get(component);
            if (value == null) {
                errors.add(new FieldError(field, "measurement.value-required"));
            } else if (!Double.isFinite(value)) {
                errors.add(new FieldError(field, "measurement.not-finite"));
            } else {
                ValueRange plausible = spec.plausible().get(component);
                if (plausible != null && !plausible.contains(value)) {
                    errors.add(new FieldError(field, implausible(plausible)));
                }
            }
        }
        for (String name : new TreeSet<>(given.keySet())) {
            if (!components.contains(name)) {
                errors.add(new FieldError(VALUES + name, "measurement.unknown-value"));
            }
        }
        if (spec.type() == MeasurementType.BLOOD_PRESSURE) {
            Double systolic = given.get("systolic");
            Double diastolic = given.get("diastolic");
            if (systolic != null && diastolic != null && Double.isFinite(systolic) && Double.isFinite(diastolic)
                    && systolic <= diastolic) {
                errors.add(new FieldError(VALUES + "systolic", "measurement.systolic-above-diastolic"));
            }
        }
        if (unit != null && !unit.isBlank() && !unit.equals(spec.effectiveUnit())) {
            errors.add(new FieldError("unit", spec.effectiveUnit() == null
                    ? "measurement.unit-not-taken"
                    : Messages.text("measurement.unit-must-be", spec.effectiveUnit())));
        }
        if (!errors.isEmpty()) {
            return new Result(errors, false, List.of());
        }
        List<String> alerted = new ArrayList<>();
        for (String component : components) {
            ValueRange alert = spec.alert().get(component);
            if (alert != null && !alert.contains(given.get(component))) {
                alerted.add(component);
            }
        }
        return new Result(errors, !alerted.isEmpty(), alerted);
    }

    /** Why a value outside its plausible range is refused, with the range, in the request's language. */
    private static String implausible(ValueRange range) {
        if (range.min() != null && range.max() != null) {
            return Messages.text("measurement.implausible", Decimals.shown(range.min()),
                    Decimals.shown(range.max()));
        }
        return range.min() != null
                ? Messages.text("measurement.implausible-below", Decimals.shown(range.min()))
                : Messages.text("measurement.implausible-above", Decimals.shown(range.max()));
    }
}
