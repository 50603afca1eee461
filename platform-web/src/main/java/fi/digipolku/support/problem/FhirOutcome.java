package fi.digipolku.support.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FHIR form of a problem: under {@code /fhir/} every error is an R4 {@code OperationOutcome}
 * ({@code application/fhir+json}) instead of problem+json, because EHR clients read only FHIR. Built as plain JSON so
 * that applications without a FHIR library (the gateway) can answer in it too.
 */
public final class FhirOutcome {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String PATH_PREFIX = "/fhir/";

    private FhirOutcome() {
    }

    /** Whether a request path is a FHIR path, whose errors are OperationOutcomes. */
    public static boolean applies(String path) {
        return path != null && (path.startsWith(PATH_PREFIX) || path.equals("/fhir"));
    }

    /** The OperationOutcome of a problem: one issue for the problem, one more per invalid field. */
    public static Map<String, Object> of(Problem problem) {
        String code = issueCode(problem.status());
        List<Map<String, Object>> issues = new ArrayList<>();
        issues.add(issue(code, problem.detail() == null ? problem.title() : problem.detail()));
        for (FieldError error : problem.errors()) {
            issues.add(issue(code, error.field() + ": " + error.message()));
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", issues);
        return outcome;
    }

    /** The FHIR issue type (value set {@code issue-type}) that matches an HTTP status. */
    static String issueCode(int status) {
        return switch (status) {
            case 400, 413, 415 -> "invalid";
            case 401 -> "login";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405, 406 -> "not-supported";
            case 409, 412, 428 -> "conflict";
            case 429 -> "throttled";
            case 504 -> "timeout";
            case 502, 503 -> "transient";
            default -> status >= 500 ? "exception" : "processing";
        };
    }

    private static Map<String, Object> issue(String code, String diagnostics) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        return issue;
    }
}
