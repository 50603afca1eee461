package fi.digipolku.pathway.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.digipolku.pathway.identity.IdentityCode;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.ProblemException;

/**
 * A FHIR search as the service understands it, parsed from query parameters. Plain class; every invalid parameter is
 * reported at once (answered as an OperationOutcome), and unknown parameters are refused rather than ignored, so an
 * integrator never mistakes a partial result for a filtered one.
 */
public record FhirSearch(String identityCode, boolean patientGiven, Instant from, Instant until, Instant updatedFrom,
        Instant updatedUntil, String category, String code, int count, int offset) {

    /** A time range, lower bound inclusive, upper bound exclusive; either may be open. */
    /** Searchable instants: far wider than any record, well within what the database's timestamps hold. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    record Range(Instant from, Instant until) {
    }

    static final Set<String> PATIENT_PARAMS = Set.of("patient:identifier", "subject:identifier", "patient.identifier",
            "subject.identifier");
    static final Set<String> PAGING = Set.of("_count", "_offset", "_format");

    /**
     * Parses the query of a search of a type. {@code dateParam} names the type's date parameter ({@code date},
     * {@code authored}) or is null; {@code tokens} says whether {@code category} and {@code code} are known.
     */
    public static FhirSearch parse(Map<String, List<String>> query, String dateParam, boolean tokens,
            boolean patientSearch, int defaultCount, int maxCount, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        String identity = null;
        boolean patientGiven = false;
        Range dates = new Range(null, null);
        Range updated = new Range(null, null);
        String category = null;
        String code = null;
        int count = defaultCount;
        int offset = 0;
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String name = entry.getKey();
            for (String value : entry.getValue()) {
                if (patientSearch && PATIENT_PARAMS.contains(name)) {
                    patientGiven = true;
                    String[] token = value.split("\\|", -1);
                    String system = token.length == 2 ? token[0] : null;
                    String id = token.length == 2 ? token[1] : token[0];
                    if (system != null && !system.isEmpty() && !system.equals(IdentityCode.SYSTEM)) {
                        errors.add(new FieldError(name, Messages.text("fhir.system-must-be", IdentityCode.SYSTEM)));
                    } else if (identity != null && !identity.equals(id)) {
                        errors.add(new FieldError(name, "fhir.one-patient-only"));
                    } else {
                        identity = id.trim().toUpperCase(java.util.Locale.ROOT);
                    }
                } else if (dateParam != null && name.equals(dateParam)) {
                    dates = bound(name, value, dates, zone, errors);
                } else if (name.equals("_lastUpdated")) {
                    updated = bound(name, value, updated, zone, errors);
                } else if (tokens && name.equals("category")) {
                    category = codeOf(value, FhirMapper.CATEGORY_SYSTEM, name, errors);
                } else if (tokens && name.equals("code")) {
                    code = codeOf(value, FhirMapper.LOINC, name, errors);
                } else if (name.equals("_count")) {
                    count = number(name, value, 1, maxCount, errors, count);
                } else if (name.equals("_offset")) {
                    offset = number(name, value, 0, 1_000_000, errors, offset);
                } else if (!name.equals("_format")) {
                    errors.add(new FieldError(name, "fhir.unknown-parameter"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("fhir.search-invalid", errors, errors.size());
        }
        return new FhirSearch(identity, patientGiven, dates.from(), dates.until(), updated.from(), updated.until(),
                category, code, count, offset);
    }

    private static int number(String name, String value, int min, int max, List<FieldError> errors, int fallback) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                errors.add(new FieldError(name,
                        Messages.text("fhir.between", Integer.toString(min), Integer.toString(max))));
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "fhir.whole-number-required"));
            return fallback;
        }
    }

    private static String codeOf(String value, String system, String name, List<FieldError> errors) {
        String[] token = value.split("\\|", -1);
        if (token.length == 2 && !token[0].isEmpty() && !token[0].equals(system)) {
            errors.add(new FieldError(name, Messages.text("fhir.system-must-be", system)));
            return null;
        }
        return token.length == 2 ? token[1] : token[0];
    }

    /** Narrows a range by one {@code [prefix]date} value: ge, gt, le, lt, eq or none (the whole day or instant). */
    static Range bound(String name, String value, Range range, ZoneId zone, List<FieldError> errors) {
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String text = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
        Instant start;
        Instant end;
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                start = day.atStartOfDay(zone).toInstant();
                end = day.plusDays(1).atStartOfDay(zone).toInstant();
            } else {
                start = OffsetDateTime.parse(text).toInstant();
                end = start.plusMillis(1);
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "fhir.date-format"));
            return range;
        }
        if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
            errors.add(new FieldError(name, "fhir.date-years"));
            return range;
        }
        Instant from = range.from();
        Instant until = range.until();
        switch (prefix) {
            case "ge" -> from = later(from, start);
            case "gt" -> from = later(from, end);
            case "le" -> until = earlier(until, end);
            case "lt" -> until = earlier(until, start);
            case "eq" -> {
                from = later(from, start);
                until = earlier(until, end);
            }
            default -> errors.add(new FieldError(name, Messages.text("fhir.prefix-unsupported", prefix)));
        }
        return new Range(from, until);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
