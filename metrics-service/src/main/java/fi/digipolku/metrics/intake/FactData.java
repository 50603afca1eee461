package fi.digipolku.metrics.intake;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fi.digipolku.events.EventType;

/**
 * Reads a stored fact's data, of any version and however incomplete, without ever refusing it: a fact stored long
 * ago or with fields missing still counts. Fields are read through the type's record in the event catalogue; a field
 * that is missing or does not read (a malformed date or id) is null, false or 0. The pathway definition is read by
 * name from the data of any type, since every report is cut by it.
 */
final class FactData {

    /** The field that names the pathway definition, in every type that has one. */
    static final String DEFINITION_ID = "definitionId";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addHandler(new UnreadableAsNull()).build();

    private FactData() {
    }

    /** The data in the type's record; what does not read is left out, whatever the data is. */
    static <T extends Record> T read(EventType<T> type, JsonNode data) {
        try {
            return JSON.treeToValue(data, type.data());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            try {
                return JSON.treeToValue(JSON.createObjectNode(), type.data());
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(type.name() + " cannot be read even without data", impossible);
            }
        }
    }

    /** The fact's pathway definition, or null when it names none (or not a UUID). */
    static String definitionId(JsonNode data) {
        String value = data.path(DEFINITION_ID).asText(null);
        try {
            return value == null ? null : UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A value that does not fit its field reads as absent. */
    private static final class UnreadableAsNull extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            p.skipChildren();
            return null;
        }
    }
}
