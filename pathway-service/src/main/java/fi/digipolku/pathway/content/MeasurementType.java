package fi.digipolku.pathway.content;

import java.util.List;

/**
 * What a client measures, with its LOINC code, UCUM unit and the named values one recording has (blood pressure has
 * two).
 */
public enum MeasurementType {
    BODY_WEIGHT("29463-7", "kg", List.of("value")), WAIST_CIRCUMFERENCE("8280-0", "cm",
            List.of("value")), BLOOD_PRESSURE("85354-9", "mm[Hg]", List.of("systolic", "diastolic")), BLOOD_GLUCOSE(
                    "15074-8", "mmol/L",
                    List.of("value")), HEIGHT("8302-2", "cm", List.of("value")), OTHER(null, null, List.of("value"));

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
