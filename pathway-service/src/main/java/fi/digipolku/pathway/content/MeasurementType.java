package fi.digipolku.pathway.content;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client measures, with its LOINC code, UCUM unit and the named values one recording has (blood pressure has
 * two). {@link #RECORDING} documents them for API callers; a unit test keeps it in step with the constants.
 */
@Schema(description = "What a client measures. " + MeasurementType.RECORDING)
public enum MeasurementType {
    BODY_WEIGHT("29463-7", "kg", List.of("value")), WAIST_CIRCUMFERENCE("8280-0", "cm",
            List.of("value")), BLOOD_PRESSURE("85354-9", "mm[Hg]", List.of("systolic", "diastolic")), BLOOD_GLUCOSE(
                    "15074-8", "mmol/L",
                    List.of("value")), HEIGHT("8302-2", "cm", List.of("value")), OTHER(null, null, List.of("value"));

    /**
     * The keys and unit of one recording of each type, for the OpenAPI document (the measurement type, and the
     * {@code values} of a record and its request). {@code MeasurementDocumentationTest} fails when a type, a key or a
     * unit is missing here.
     */
    public static final String RECORDING = "A recording gives every key of its type, as a number, and no other key; "
            + "values are in the type's UCUM unit unless the module names its own (measurement.unit). "
            + "BODY_WEIGHT: value in kg (LOINC 29463-7); "
            + "WAIST_CIRCUMFERENCE: value in cm (LOINC 8280-0); "
            + "BLOOD_PRESSURE: systolic and diastolic in mm[Hg] (LOINC 85354-9, systolic greater than diastolic); "
            + "BLOOD_GLUCOSE: value in mmol/L (LOINC 15074-8); "
            + "HEIGHT: value in cm (LOINC 8302-2); "
            + "OTHER: value in the unit and LOINC code the module names (measurement.unit, measurement.loinc).";

    private final String loinc;
    private final String unit;
    private final List<String> components;

    MeasurementType(String loinc, String unit, List<String> components) {
        this.loinc = loinc;
        this.unit = unit;
        this.components = components;
    }

    /** The standard LOINC code, or null for OTHER (the module then names its own). */
    public String loinc() {
        return loinc;
    }

    /** The UCUM unit, or null for OTHER. */
    public String unit() {
        return unit;
    }

    public List<String> components() {
        return components;
    }
}
