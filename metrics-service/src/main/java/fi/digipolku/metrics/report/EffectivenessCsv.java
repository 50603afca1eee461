package fi.digipolku.metrics.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The effectiveness report as CSV for spreadsheets: UTF-8, {@code ;}, RFC 4180 quoting, one row per line. */
public final class EffectivenessCsv {

    public static final List<String> COLUMNS = List.of("definition_id", "pathway", "team", "period_start",
            "period_end", "active_clients", "started", "completed", "discontinued", "expired", "completion_rate",
            "drop_out_rate", "median_duration_days", "messages_from_clients", "messages_from_professionals",
            "client_contacts", "contacts_per_enrolled_client", "first_response_median_seconds",
            "first_response_p90_seconds", "within_promise_share", "breaches", "monitoring_views",
            "measurement_adherence", "content_views", "questionnaires_submitted", "questionnaire_response_rate",
            "prom_change", "suppressed");

    private EffectivenessCsv() {
    }

    public static String write(List<EffectivenessRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';')
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (EffectivenessRow r : rows) {
                var o = r.organisation();
                var p = r.professional();
                var c = r.client();
                List<Object> values = new ArrayList<>(List.of(text(r.definitionId()), text(r.pathwayName()),
                        text(r.team()), r.periodStart(), r.periodEnd(), o.activeClients(), o.started(),
                        o.completed(), o.discontinued(), o.expired()));
                values.addAll(java.util.Arrays.asList(o.completionRate(), o.dropOutRate(), o.medianDurationDays(),
                        p.messagesFromClients(), p.messagesFromProfessionals(), p.clientContacts(),
                        p.contactsPerEnrolledClient(), p.firstResponseMedianSeconds(), p.firstResponseP90Seconds(),
                        p.withinPromiseShare(), p.breaches(), p.monitoringViews(), p.measurementAdherence(),
                        c.contentViews(), c.questionnairesSubmitted(), c.questionnaireResponseRate(),
                        c.promChange(), String.join(",", c.suppressed())));
                printer.printRecord(values.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
