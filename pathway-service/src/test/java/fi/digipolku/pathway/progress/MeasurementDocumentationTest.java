package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import fi.digipolku.pathway.content.MeasurementType;

/**
 * The OpenAPI document tells clients the keys and unit of every measurement type: in the schema of
 * {@link MeasurementType} and of the {@code values} of a record and of its request. Adding a type, or changing its
 * keys or unit, without documenting it fails here.
 */
class MeasurementDocumentationTest {

    @Test
    void theMeasurementTypeSchemaListsEveryTypeWithItsKeysAndUnit() {
        assertDocumentsEveryType(MeasurementType.class);
    }

    @Test
    void theValuesOfARecordListEveryTypeWithItsKeysAndUnit() throws NoSuchFieldException {
        assertDocumentsEveryType(RecordPayload.class.getDeclaredField(RecordPayload.VALUES));
    }

    @Test
    void theValuesOfARecordRequestListEveryTypeWithItsKeysAndUnit() throws NoSuchFieldException {
        assertDocumentsEveryType(RecordRequest.class.getDeclaredField("values"));
    }

    private static void assertDocumentsEveryType(AnnotatedElement element) {
        Schema schema = element.getAnnotation(Schema.class);
        assertThat(schema).as("@Schema of %s", element).isNotNull();
        String description = schema.description();
        for (MeasurementType type : MeasurementType.values()) {
            String part = partOf(description, type);
            assertThat(part).as("%s in the description of %s", type, element).isNotNull();
            for (String key : type.components()) {
                assertThat(Pattern.compile("\\b" + key + "\\b").matcher(part).find())
                        .as("key %s of %s in \"%s\"", key, type, part).isTrue();
            }
            List<String> standard = type.unit() == null
                    ? List.of("unit", "LOINC code the module names")
                    : List.of(" " + type.unit() + " ", "LOINC " + type.loinc());
            standard.forEach(expected -> assertThat(part).as("%s of %s", expected.strip(), type).contains(expected));
        }
    }

    /** The part of the description about one type: from "TYPE:" to the next semicolon, or the end. */
    private static String partOf(String description, MeasurementType type) {
        int start = description.indexOf(type.name() + ":");
        if (start < 0) {
            return null;
        }
        int end = description.indexOf(';', start);
        return description.substring(start, end < 0 ? description.length() : end);
    }
}
