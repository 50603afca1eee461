package fi.digipolku.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every metrics-service instance reads the same database gauges, so a panel that sums them across instances counts
 * each figure once per pod (production runs 2–6). Each use of a database gauge in a dashboard first collapses the
 * instances with {@code max by} over the gauge's own labels; sums come after that.
 */
class DashboardQueriesTest {

    private static final List<String> DATABASE_GAUGES = List.of(DomainGauges.ACTIVE, DomainGauges.OUTCOMES,
            DomainGauges.CONTENT_VIEWS, DomainGauges.BREACHES, DomainGauges.ADHERENCE);

    @Test
    void everyDatabaseGaugeIsCollapsedAcrossInstancesBeforeAnythingElse() throws IOException {
        List<String> expressions = expressions();
        assertThat(expressions).isNotEmpty();
        long uses = 0;
        for (String expr : expressions) {
            for (String gauge : DATABASE_GAUGES) {
                long all = Pattern.compile(Pattern.quote(gauge) + "\\{").matcher(expr).results().count();
                long collapsed = Pattern.compile("max by \\([a-z, ]+\\) \\((increase\\()?" + Pattern.quote(gauge)
                        + "\\{").matcher(expr).results().count();
                uses += all;
                assertThat(collapsed).as("%s in %s", gauge, expr).isEqualTo(all);
            }
        }
        assertThat(uses).as("the dashboards show the database gauges").isGreaterThanOrEqualTo(DATABASE_GAUGES.size());
    }

    private static List<String> expressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("grafana"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode expr : json.readTree(file.toFile()).findValues("expr")) {
                    expressions.add(expr.asText());
                }
            }
        }
        return expressions;
    }
}
