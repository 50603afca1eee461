package fi.digipolku.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Checks on event data records that hold for every type. */
public final class EventData {

    private EventData() {
    }

    /**
     * The required fields (those not {@link Nullable}) that are null in {@code data}, nested records included, as
     * dotted paths. Primitive fields are never missing: absent, they read as 0 or false.
     */
    public static List<String> missing(Record data) {
        List<String> missing = new ArrayList<>();
        collect("", data, missing);
        return missing;
    }

    private static void collect(String prefix, Record data, List<String> missing) {
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(data);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            boolean nullable = component.isAnnotationPresent(Nullable.class);
            if (value == null && !nullable) {
                missing.add(prefix + component.getName());
            } else if (value instanceof Record nested) {
                collect(prefix + component.getName() + ".", nested, missing);
            }
        }
    }
}
