package fi.digipolku.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** A record component as the check reads it; looked up once per record class (reflection is slow). */
    private record Component(String name, Method accessor, boolean nullable) {
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(c -> new Component(c.getName(), c.getAccessor(),
                    c.isAnnotationPresent(Nullable.class))).toList();
        }
    };

    private static void collect(String prefix, Record data, List<String> missing) {
        for (Component component : COMPONENTS.get(data.getClass())) {
            Object value;
            try {
                value = component.accessor().invoke(data);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (value == null && !component.nullable()) {
                missing.add(prefix + component.name());
            } else if (value instanceof Record nested) {
                collect(prefix + component.name() + ".", nested, missing);
            }
        }
    }
}
