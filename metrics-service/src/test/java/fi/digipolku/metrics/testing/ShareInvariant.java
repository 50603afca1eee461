package fi.digipolku.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The invariant of every figure the service publishes, stated once: a share or rate (a JSON field named
 * {@code …Rate}, {@code …Share} or {@code …Adherence}, a CSV column {@code …_rate}, {@code …_share} or
 * {@code …_adherence}, a gauge {@code digipolku_…_ratio}) is absent or within [0, 1]; a count (any whole number, any
 * other {@code digipolku_*} sample except the NPS) is at least 0.
 */
public final class ShareInvariant {

    private static final Pattern SHARE_FIELD = Pattern.compile(".*(Rate|Share|Adherence)");
    private static final Pattern SHARE_COLUMN = Pattern.compile(".*_(rate|share|adherence)");
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(digipolku_[a-z_]+)(\\{[^}]*})? (\\S+)$");

    private ShareInvariant() {
    }

    public static void share(String name, Double value) {
        if (value != null) {
            assertThat(value).as(name).isBetween(0.0, 1.0);
        }
    }

    public static void count(String name, long value) {
        assertThat(value).as(name).isNotNegative();
    }

    /** Every share and count in a JSON report row (or any JSON tree of figures). */
    public static void json(JsonNode node) {
        json("", node);
    }

    private static void json(String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = path + "." + field.getKey();
                JsonNode value = field.getValue();
                if (SHARE_FIELD.matcher(field.getKey()).matches() && !value.isNull()) {
                    assertThat(value.isNumber()).as(name).isTrue();
                    share(name, value.asDouble());
                } else if (value.isIntegralNumber()) {
                    count(name, value.asLong());
                } else {
                    json(name, value);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(path + "[" + i + "]", node.get(i));
            }
        }
    }

    /** Every share and count in a CSV report; returns its rows. */
    public static List<CSVRecord> csv(String csv) {
        try {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(new StringReader(csv)).getRecords();
            for (CSVRecord row : rows) {
                row.toMap().forEach((column, value) -> {
                    if (value.isEmpty()) {
                        return;
                    }
                    if (SHARE_COLUMN.matcher(column).matches()) {
                        share(column, Double.valueOf(value));
                    } else if (value.matches("-?\\d+")) {
                        count(column, Long.parseLong(value));
                    }
                });
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code digipolku_*} sample of a Prometheus text exposition whose labels contain {@code labelPart}. */
    public static int prometheus(String exposition, String labelPart) {
        Matcher sample = SAMPLE.matcher(exposition);
        int checked = 0;
        while (sample.find()) {
            String name = sample.group(1);
            if (sample.group(2) == null || !sample.group(2).contains(labelPart)) {
                continue;
            }
            double value = Double.parseDouble(sample.group(3));
            if (name.endsWith("_ratio")) {
                share(name + sample.group(2), value);
            } else {
                assertThat(value).as(name + sample.group(2)).isGreaterThanOrEqualTo(0.0);
            }
            checked++;
        }
        return checked;
    }
}
