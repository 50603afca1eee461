package fi.digipolku.feedback.report;

/** Example answers of the feedback reports, for the OpenAPI document. */
final class ReportExamples {

    static final String PUBLIC_SUMMARY = """
            {
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "pathwayName": "Painonhallinnan valmennus",
              "period": "2025",
              "suppressed": false,
              "answers": 214,
              "nps": 46.3,
              "statementMeans": {
                "availability": 4.21,
                "encounter": 4.63,
                "information": 4.18,
                "participation": 4.02,
                "safety": 4.55,
                "usefulness": 4.37
              }
            }
            """;

    static final String PUBLIC_SUMMARY_WITHHELD = """
            {
              "definitionId": "5e2b8c71-94d0-4f3a-a6b1-0c7d3e9f2a48",
              "pathwayName": "Uni ja mieliala – nuoret",
              "period": "2025",
              "suppressed": true,
              "answers": null,
              "nps": null,
              "statementMeans": null
            }
            """;

    static final String ANONYMISER_LOG = """
            {
              "month": "2026-02",
              "suppressed": false,
              "texts": 146,
              "textsWithRemovals": {
                "EMAIL": null,
                "NAME": 37,
                "NUMBER": 12,
                "PHONE": null
              }
            }
            """;

    private ReportExamples() {
    }
}
