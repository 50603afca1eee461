package fi.digipolku.events;

import java.net.URI;

/**
 * One kind of event in the catalogue: its name (a past-tense fact, {@code enrollment.started}), the version of its
 * data's shape, the topic it is published on and the record its data is read into.
 *
 * @param name the type without the {@value #PREFIX} prefix the CloudEvent carries
 * @param version raised when the data changes in a way that breaks a reader (a field removed, renamed or retyped, an
 *        optional field made required); adding an optional field keeps it
 * @param topic the Kafka topic, one per producing service
 * @param data the record the event's data is written from and read into
 */
public record EventType<T extends Record>(String name, int version, String topic, Class<T> data) {

    /** Every CloudEvent type is the catalogue name with this prefix ({@code fi.digipolku.enrollment.started}). */
    public static final String PREFIX = "fi.digipolku.";

    public EventType {
        if (!name.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*") || version < 1) {
            throw new IllegalArgumentException("not an event type: " + name + " v" + version);
        }
    }

    /** The CloudEvent {@code type} attribute. */
    public String cloudEventType() {
        return PREFIX + name;
    }

    /** The CloudEvent {@code dataschema}: names the JSON Schema of this version, shipped in this module. */
    public URI dataSchema() {
        return URI.create("urn:digipolku:event:" + name + ":" + version);
    }

    /** Where the JSON Schema of this version lies on the class path. */
    public String schemaResource() {
        return "/META-INF/digipolku/events/" + name + ".v" + version + ".json";
    }
}
