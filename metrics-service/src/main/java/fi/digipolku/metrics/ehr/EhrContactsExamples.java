package fi.digipolku.metrics.ehr;

/** Example requests and answers of the EHR contacts API, for the OpenAPI document. */
final class EhrContactsExamples {

    static final String REQUEST = """
            {
              "month": "2026-02",
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "team": "weight-team",
              "phoneCalls": 126,
              "visits": 58
            }
            """;

    static final String MONTH = """
            {
              "month": "2026-02",
              "phoneCalls": 126,
              "visits": 58
            }
            """;

    static final String TREND = """
            {
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "team": "weight-team",
              "pathwayStarted": "2025-09",
              "months": [
                {"month": "2025-06", "phoneCalls": 148, "visits": 71},
                {"month": "2025-07", "phoneCalls": 122, "visits": 60},
                {"month": "2025-08", "phoneCalls": 139, "visits": 66},
                {"month": "2025-09", "phoneCalls": 131, "visits": 63},
                {"month": "2025-10", "phoneCalls": 117, "visits": 55},
                {"month": "2025-11", "phoneCalls": 109, "visits": 52}
              ],
              "before": {"months": 3, "phoneCalls": 136.3, "visits": 65.7},
              "after": {"months": 3, "phoneCalls": 119.0, "visits": 56.7}
            }
            """;

    private EhrContactsExamples() {
    }
}
