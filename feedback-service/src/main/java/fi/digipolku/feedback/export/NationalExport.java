package fi.digipolku.feedback.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes client feedback in the national delivery format: one fixed technical format for every region.
 *
 * <p>
 * The pilots broke on differing delimiters and on rows without cost-centre data, so the format is fixed here and bad
 * rows are stopped at the door instead of failing at the receiving end:
 * <ul>
 * <li>UTF-8 <b>without</b> a byte-order mark; fields separated by {@code ;}; records ended by CRLF, the last one
 * included.</li>
 * <li>RFC 4180 quoting (via Apache Commons CSV): a field containing {@code ;}, {@code "}, CR or LF is enclosed in double
 * quotes and embedded quotes are doubled. The library also quotes a few other harmless cases, such as a field starting
 * with a space or {@code #}; any RFC 4180 reader reads them back unchanged.</li>
 * <li>A fixed header line with exactly these columns, in this order: {@code response_id; survey; survey_version;
 * pathway_id; pathway_version; care_team; place_of_service; cost_centre; aura_service_class; contact_type;
 * client_segment; requested_on; answered_on; nps; ces; availability; encounter; participation; safety; information;
 * usefulness; open_answer} (see {@link #COLUMNS} and {@code docs/national-export.md}).</li>
 * <li>Dates as ISO {@code yyyy-MM-dd}; identifiers as lower-case UUIDs; a missing optional value is an empty field.
 * Only the six national statements are exported; regional statements stay in the region.</li>
 * <li>Rows are sorted by {@code answered_on}, then {@code response_id}, so the same rows give the same bytes whatever
 * order they come in (a repeated response id is ordered by its whole content).</li>
 * </ul>
 *
 * <p>
 * <b>Required metadata.</b> A row whose {@code cost_centre}, {@code place_of_service} or {@code aura_service_class} is
 * missing or blank is not written; the {@link ValidationReport} names it and the pathway version to fix.
 *
 * <p>
 * <b>Text safety.</b> Free text must not be able to break the file or the spreadsheet it is opened in. In every text
 * field: NUL and other control characters are removed, except tab and line breaks, which stay inside the quoted field;
 * line breaks (CRLF, CR, U+2028, U+2029) are written as a single LF; byte-order marks and unpaired surrogates are
 * removed. A field that then starts with {@code =}, {@code +}, {@code -}, {@code @} or a tab gets a leading apostrophe
 * ({@code '}) so that spreadsheet programs show it as text instead of running it as a formula (the OWASP "CSV
 * injection" advice). Code fields (everything except {@code open_answer}) also have surrounding whitespace removed.
 *
 * <p>
 * Stateless and thread-safe.
 */
public final class NationalExport {

    /** The national agreement statements, in column order. Other statement keys are not exported. */
    public static final List<String> NATIONAL_STATEMENTS = List.of("availability", "encounter", "participation",
            "safety", "information", "usefulness");

    /** Names of the required metadata columns; rows missing one of these are rejected. */
    public static final String COST_CENTRE = "cost_centre";
    public static final String PLACE_OF_SERVICE = "place_of_service";
    public static final String AURA_SERVICE_CLASS = "aura_service_class";

    /** The header, exactly as written. */
    public static final List<String> COLUMNS = List.of(
            "response_id", "survey", "survey_version", "pathway_id", "pathway_version", "care_team",
            PLACE_OF_SERVICE, COST_CENTRE, AURA_SERVICE_CLASS, "contact_type", "client_segment",
            "requested_on", "answered_on", "nps", "ces",
            "availability", "encounter", "participation", "safety", "information", "usefulness",
            "open_answer");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private static final Comparator<Line> ORDER = Comparator.comparing(Line::answeredOn)
            .thenComparing(Line::responseId)
            .thenComparing(line -> String.join("\u0000", line.values()));

    private static final Comparator<ValidationReport.Rejection> REJECTION_ORDER = Comparator
            .comparing((ValidationReport.Rejection r) -> r.definitionId().toString())
            .thenComparingInt(ValidationReport.Rejection::definitionVersion)
            .thenComparing(r -> r.responseId().toString());

    private NationalExport() {
    }

    /**
     * Writes the rows that have all required metadata and reports the rest.
     *
     * @return the file's bytes and the validation report
     */
    public static Result write(List<ExportRow> rows) {
        Objects.requireNonNull(rows, "rows");
        List<Line> lines = new ArrayList<>();
        List<ValidationReport.Rejection> rejections = new ArrayList<>();
        for (ExportRow row : rows) {
            Objects.requireNonNull(row, "row");
            List<String> values = values(row);
            List<String> missing = new ArrayList<>();
            for (String required : List.of(PLACE_OF_SERVICE, COST_CENTRE, AURA_SERVICE_CLASS)) {
                if (values.get(COLUMNS.indexOf(required)).isEmpty()) {
                    missing.add(required);
                }
            }
            if (missing.isEmpty()) {
                lines.add(new Line(row.answeredOn(), row.responseId().toString(), values));
            } else {
                rejections.add(new ValidationReport.Rejection(row.responseId(), row.definitionId(),
                        row.definitionVersion(), missing));
            }
        }
        lines.sort(ORDER);
        rejections.sort(REJECTION_ORDER);
        ValidationReport report = new ValidationReport(lines.size(), rejections.size(), rejections,
                pathwaysToFix(rejections));
        return new Result(csv(lines), report);
    }

    private static byte[] csv(List<Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            for (Line line : lines) {
                printer.printRecord(line.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The row's fields as written, in {@link #COLUMNS} order; missing values are empty strings. */
    private static List<String> values(ExportRow row) {
        List<String> values = new ArrayList<>(COLUMNS.size());
        values.add(row.responseId().toString());
        values.add(code(row.surveyKey()));
        values.add(Integer.toString(row.surveyVersion()));
        values.add(row.definitionId().toString());
        values.add(Integer.toString(row.definitionVersion()));
        values.add(code(row.careTeam()));
        values.add(code(row.placeOfService()));
        values.add(code(row.costCentre()));
        values.add(code(row.auraServiceClass()));
        values.add(code(row.contactType()));
        values.add(code(row.clientSegment()));
        values.add(date(row.requestedOn()));
        values.add(date(row.answeredOn()));
        values.add(number(row.nps()));
        values.add(number(row.ces()));
        Map<String, Integer> statements = row.statements();
        for (String statement : NATIONAL_STATEMENTS) {
            values.add(number(statements.get(statement)));
        }
        values.add(neutralise(clean(row.openText())));
        return values;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static String number(Integer number) {
        return number == null ? "" : number.toString();
    }

    /** A code or name field: cleaned, trimmed, neutralised. */
    private static String code(String value) {
        return neutralise(clean(value).strip());
    }

    /**
     * Removes what could break the file: control characters except tab and line feed, byte-order marks and unpaired
     * surrogates; line breaks of any kind become a single LF. {@code null} becomes the empty string.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        int length = value.length();
        for (int i = 0; i < length;) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < length && value.charAt(i) == '\n') {
                    i++;
                }
                out.append('\n');
            } else if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append('\t');
            } else if (cp == '\uFEFF') {
                continue;
            } else {
                int type = Character.getType(cp);
                if (type != Character.CONTROL && type != Character.SURROGATE) {
                    out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }

    /** Prefixes a field that a spreadsheet would run as a formula with an apostrophe. */
    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static List<ValidationReport.PathwayToFix> pathwaysToFix(List<ValidationReport.Rejection> rejections) {
        // Rejections are sorted by pathway and version, so grouping in encounter order keeps that order.
        Map<PathwayVersion, List<ValidationReport.Rejection>> byPathway = new LinkedHashMap<>();
        for (ValidationReport.Rejection rejection : rejections) {
            byPathway.computeIfAbsent(new PathwayVersion(rejection.definitionId(), rejection.definitionVersion()),
                    k -> new ArrayList<>()).add(rejection);
        }
        List<ValidationReport.PathwayToFix> result = new ArrayList<>();
        for (List<ValidationReport.Rejection> group : byPathway.values()) {
            Set<String> missing = new LinkedHashSet<>();
            for (String column : COLUMNS) {
                if (group.stream().anyMatch(r -> r.missingFields().contains(column))) {
                    missing.add(column);
                }
            }
            ValidationReport.Rejection first = group.get(0);
            result.add(new ValidationReport.PathwayToFix(first.definitionId(), first.definitionVersion(),
                    List.copyOf(missing), group.size()));
        }
        return result;
    }

    private record PathwayVersion(UUID definitionId, int definitionVersion) {
    }

    /** A row ready to write, with its sort keys. */
    private record Line(LocalDate answeredOn, String responseId, List<String> values) {
    }

    /**
     * The outcome of an export.
     *
     * @param csv the file's bytes, ready to deliver
     * @param report the rows left out and the pathways to fix
     */
    public record Result(byte[] csv, ValidationReport report) {

        public Result {
            Objects.requireNonNull(csv, "csv");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Result that && Arrays.equals(csv, that.csv) && report.equals(that.report);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(csv) + report.hashCode();
        }

        @Override
        public String toString() {
            return "Result[csv=" + csv.length + " bytes, report=" + report + "]";
        }
    }
}
