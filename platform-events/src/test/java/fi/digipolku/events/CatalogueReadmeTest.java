package fi.digipolku.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The README's table of event types is made from the catalogue, so it cannot drift: a type added, renamed or moved to
 * a new version without the table fails here. Fields are in the schemas, so adding one leaves the table as it is. {@code -Devents.write-schemas=true} rewrites the table too.
 */
class CatalogueReadmeTest {

    private static final String START = "<!-- event table: generated from EventCatalogue -->";
    private static final String END = "<!-- end of event table -->";

    static String table() {
        // Fields are in the schemas: adding one must not make this table stale.
        StringBuilder out = new StringBuilder("| Type | Version | Topic | Data | Schema |\n")
                .append("|------|---------|-------|------|--------|\n");
        for (EventType<?> type : EventCatalogue.ALL) {
            String schema = type.schemaResource().substring(type.schemaResource().lastIndexOf('/') + 1);
            out.append("| `").append(type.name()).append("` | ").append(type.version()).append(" | ")
                    .append(type.topic()).append(" | `").append(type.data().getEnclosingClass().getSimpleName())
                    .append('.').append(type.data().getSimpleName()).append("` | [").append(schema)
                    .append("](src/main/resources").append(type.schemaResource()).append(") |\n");
        }
        return out.toString();
    }

    @Test
    void theReadmeListsEveryTypeOfTheCatalogue() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the markers " + START + " and " + END).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String current = text.substring(start + START.length() + 1, end);
        if (Boolean.getBoolean(EventSchemas.WRITE)) {
            Files.writeString(readme, text.substring(0, start + START.length() + 1) + table() + text.substring(end));
            return;
        }
        assertThat(current).as("the event table in platform-events/README.md; rewrite it with ./mvnw -pl"
                + " platform-events test -D" + EventSchemas.WRITE + "=true").isEqualTo(table());
    }
}
