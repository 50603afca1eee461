package fi.digipolku.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fi.digipolku.feedback.export.ValidationReport.PathwayToFix;
import fi.digipolku.feedback.export.ValidationReport.Rejection;

class NationalExportTest {

    /** The documented header, written out here on purpose rather than taken from the class under test. */
    private static final List<String> DOCUMENTED_COLUMNS = List.of("response_id", "survey", "survey_version",
            "pathway_id", "pathway_version", "care_team", "place_of_service", "cost_centre", "aura_service_class",
            "contact_type", "client_segment", "requested_on", "answered_on", "nps", "ces", "availability", "encounter",
            "participation", "safety", "information", "usefulness", "open_answer");

    private static final UUID PATHWAY_A = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000000");
    private static final UUID PATHWAY_B = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000000");

    private static final Map<String, Integer> ALL_STATEMENTS = Map.of("availability", 5, "encounter", 4,
            "participation", 3, "safety", 2, "information", 1, "usefulness", 5);

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static ExportRow row(int n, LocalDate answeredOn, String openText) {
        return new ExportRow(id(n), "national-cx", 2, PATHWAY_A, 3, "Diabetestiimi", "TP-1001", "KP-4410",
                "A1234", "remote", "30-39", answeredOn.minusDays(2), answeredOn, 9, 2, ALL_STATEMENTS, openText);
    }

    private static ExportRow withMetadata(int n, UUID pathway, int version, String placeOfService, String costCentre,
            String auraServiceClass) {
        return new ExportRow(id(n), "national-cx", 2, pathway, version, null, placeOfService, costCentre,
                auraServiceClass, null, null, null, LocalDate.of(2025, 3, 1), null, null, Map.of(), null);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(DOCUMENTED_COLUMNS);
            return parser.getRecords();
        }
    }

    @Test
    void theExportParsesBackToTheDocumentedColumns() throws IOException {
        String text = "Hyvä; \"erinomainen\" palvelu\nKiitos – åäö ÅÄÖ";
        NationalExport.Result result = NationalExport.write(List.of(row(1, LocalDate.of(2025, 3, 14), text)));

        List<CSVRecord> records = parse(result.csv());

        assertThat(records).hasSize(1);
        CSVRecord record = records.get(0);
        assertThat(record.size()).isEqualTo(DOCUMENTED_COLUMNS.size());
        assertThat(record.toMap()).containsAllEntriesOf(Map.ofEntries(
                Map.entry("response_id", "00000000-0000-0000-0000-000000000001"),
                Map.entry("survey", "national-cx"),
                Map.entry("survey_version", "2"),
                Map.entry("pathway_id", PATHWAY_A.toString()),
                Map.entry("pathway_version", "3"),
                Map.entry("care_team", "Diabetestiimi"),
                Map.entry("place_of_service", "TP-1001"),
                Map.entry("cost_centre", "KP-4410"),
                Map.entry("aura_service_class", "A1234"),
                Map.entry("contact_type", "remote"),
                Map.entry("client_segment", "30-39"),
                Map.entry("requested_on", "2025-03-12"),
                Map.entry("answered_on", "2025-03-14"),
                Map.entry("nps", "9"),
                Map.entry("ces", "2"),
                Map.entry("availability", "5"),
                Map.entry("encounter", "4"),
                Map.entry("participation", "3"),
                Map.entry("safety", "2"),
                Map.entry("information", "1"),
                Map.entry("usefulness", "5"),
                Map.entry("open_answer", text)));
        assertThat(NationalExport.COLUMNS).isEqualTo(DOCUMENTED_COLUMNS);
    }

    @Test
    void theDocumentationListsEveryColumnInOrder() throws IOException {
        String doc = Files.readString(Path.of("docs/national-export.md"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        for (String line : doc.lines().toList()) {
            if (line.startsWith("| `")) {
                documented.add(line.substring(3, line.indexOf('`', 3)));
            }
        }

        assertThat(documented).isEqualTo(DOCUMENTED_COLUMNS);
        assertThat(doc).contains(String.join(";", DOCUMENTED_COLUMNS));
    }

    @Test
    void missingOptionalValuesAreEmptyAndRegionalStatementsAreNotExported() throws IOException {
        ExportRow sparse = new ExportRow(id(7), "national-cx", 1, PATHWAY_A, 1, null, "TP-1", "KP-1", "A1", null,
                " ", null, LocalDate.of(2025, 1, 2), null, null, Map.of("safety", 4, "regional_parking", 2), null);

        CSVRecord record = parse(NationalExport.write(List.of(sparse)).csv()).get(0);

        assertThat(record.get("care_team")).isEmpty();
        assertThat(record.get("contact_type")).isEmpty();
        assertThat(record.get("client_segment")).isEqualTo("unknown");
        assertThat(record.get("requested_on")).isEmpty();
        assertThat(record.get("nps")).isEmpty();
        assertThat(record.get("ces")).isEmpty();
        assertThat(record.get("availability")).isEmpty();
        assertThat(record.get("safety")).isEqualTo("4");
        assertThat(record.get("open_answer")).isEmpty();
        assertThat(record.toMap()).doesNotContainKey("regional_parking");
        assertThat(new String(NationalExport.write(List.of(sparse)).csv(), StandardCharsets.UTF_8))
                .doesNotContain("regional");
    }

    @Test
    void theSameRowsInAnyOrderGiveTheSameBytes() throws IOException {
        List<ExportRow> rows = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            rows.add(row(n, LocalDate.of(2025, 3, 1 + n % 4), "vastaus " + n));
        }
        rows.add(withMetadata(99, PATHWAY_B, 1, "TP-1", null, "A1"));
        List<ExportRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(42));
        List<ExportRow> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);

        NationalExport.Result first = NationalExport.write(rows);

        assertThat(NationalExport.write(shuffled).csv()).isEqualTo(first.csv());
        assertThat(NationalExport.write(reversed).csv()).isEqualTo(first.csv());
        assertThat(NationalExport.write(shuffled)).isEqualTo(first);
        List<CSVRecord> records = parse(first.csv());
        assertThat(records).hasSize(30);
        assertThat(records).extracting(r -> r.get("answered_on") + " " + r.get("response_id")).isSorted();
    }

    @Test
    void rowsWithoutRequiredMetadataAreNotEmittedButReportedWithThePathwayToFix() throws IOException {
        List<ExportRow> rows = List.of(
                withMetadata(1, PATHWAY_A, 3, "TP-1", "KP-1", "A1"),
                withMetadata(2, PATHWAY_B, 1, "TP-1", null, "A1"),
                withMetadata(3, PATHWAY_B, 1, "  ", "KP-1", "A1"),
                withMetadata(4, PATHWAY_B, 2, "TP-1", "KP-1", ""),
                withMetadata(5, PATHWAY_A, 3, null, null, null),
                withMetadata(6, PATHWAY_B, 1, "TP-1", "\u0000", "A1"));

        NationalExport.Result result = NationalExport.write(rows);

        assertThat(parse(result.csv())).extracting(r -> r.get("response_id")).containsExactly(id(1).toString());
        ValidationReport report = result.report();
        assertThat(report.emitted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.clean()).isFalse();
        assertThat(report.rejections()).containsExactly(
                new Rejection(id(5), PATHWAY_A, 3, List.of("place_of_service", "cost_centre", "aura_service_class")),
                new Rejection(id(2), PATHWAY_B, 1, List.of("cost_centre")),
                new Rejection(id(3), PATHWAY_B, 1, List.of("place_of_service")),
                new Rejection(id(6), PATHWAY_B, 1, List.of("cost_centre")),
                new Rejection(id(4), PATHWAY_B, 2, List.of("aura_service_class")));
        assertThat(report.pathwaysToFix()).containsExactly(
                new PathwayToFix(PATHWAY_A, 3, List.of("place_of_service", "cost_centre", "aura_service_class"), 1),
                new PathwayToFix(PATHWAY_B, 1, List.of("place_of_service", "cost_centre"), 3),
                new PathwayToFix(PATHWAY_B, 2, List.of("aura_service_class"), 1));
    }

    @Test
    void aCleanExportReportsNothingToFix() {
        ValidationReport report = NationalExport.write(List.of(row(1, LocalDate.of(2025, 3, 1), null))).report();

        assertThat(report.clean()).isTrue();
        assertThat(report.emitted()).isEqualTo(1);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.pathwaysToFix()).isEmpty();
    }

    @Test
    void theFileIsUtf8WithoutBomAndEveryRecordEndsWithCrlf() {
        byte[] csv = NationalExport.write(List.of(
                row(1, LocalDate.of(2025, 3, 1), "rivi yksi\nrivi kaksi\r\nrivi kolme\rrivi neljä"),
                row(2, LocalDate.of(2025, 3, 2), "Hyvää päivää"))).csv();

        assertThat(csv).startsWith("response_id;".getBytes(StandardCharsets.US_ASCII));
        assertThat(csv[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text).startsWith(String.join(";", DOCUMENTED_COLUMNS) + "\r\n");
        assertThat(text).contains("\"rivi yksi\nrivi kaksi\nrivi kolme\nrivi neljä\"\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(4); // header, two records, nothing after the last CRLF
        assertThat(csv).containsSequence((byte) 0xC3, (byte) 0xA4); // "ä" in UTF-8
        assertThat(text).contains("Hyvää päivää");
    }

    @Test
    void controlCharactersAreRemovedButTabsAndLineBreaksKept() throws IOException {
        String text = "a\u0000b\u0007c\td\u001be\u2028f\uFEFFg\u0085h\ud800i";

        CSVRecord record = parse(NationalExport.write(List.of(row(1, LocalDate.of(2025, 3, 1), text))).csv())
                .get(0);

        assertThat(record.get("open_answer")).isEqualTo("abc\tde\nfghi");
    }

    @Test
    void spreadsheetFormulasAreNeutralised() throws IOException {
        List<ExportRow> rows = List.of(
                row(1, LocalDate.of(2025, 3, 1), "=HYPERLINK(\"http://example.invalid\";\"klikkaa\")"),
                row(2, LocalDate.of(2025, 3, 2), "+358 40 123"),
                row(3, LocalDate.of(2025, 3, 3), "-hyvä palvelu"),
                row(4, LocalDate.of(2025, 3, 4), "@SUM(A1:A2)"),
                row(5, LocalDate.of(2025, 3, 5), "\u0000=1+1"),
                row(6, LocalDate.of(2025, 3, 6), "Hyvä palvelu = 5/5"),
                new ExportRow(id(7), "national-cx", 2, PATHWAY_A, 3, "=cmd|' /C calc'!A0", "TP-1", "KP-1", "A1",
                        null, null, null, LocalDate.of(2025, 3, 7), null, null, Map.of(), null));

        List<CSVRecord> records = parse(NationalExport.write(rows).csv());

        assertThat(records).extracting(r -> r.get("open_answer")).containsExactly(
                "'=HYPERLINK(\"http://example.invalid\";\"klikkaa\")",
                "'+358 40 123",
                "'-hyvä palvelu",
                "'@SUM(A1:A2)",
                "'=1+1",
                "Hyvä palvelu = 5/5",
                "");
        assertThat(records.get(6).get("care_team")).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void anEmptyExportIsJustTheHeader() {
        NationalExport.Result result = NationalExport.write(List.of());

        assertThat(new String(result.csv(), StandardCharsets.UTF_8))
                .isEqualTo(String.join(";", DOCUMENTED_COLUMNS) + "\r\n");
        assertThat(result.report().emitted()).isZero();
    }

    @Test
    void impossibleAnswerValuesNeverReachTheExport() {
        assertThatThrownBy(() -> new ExportRow(id(1), "national-cx", 1, PATHWAY_A, 1, null, "TP", "KP", "A1", null,
                null, null, LocalDate.of(2025, 1, 1), 11, null, Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportRow(id(1), "national-cx", 1, PATHWAY_A, 1, null, "TP", "KP", "A1", null,
                null, null, LocalDate.of(2025, 1, 1), null, null, Map.of("safety", 0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
