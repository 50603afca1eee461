package fi.digipolku.gateway.access;

/** Example answers of the merged access log, for the OpenAPI document. */
final class AccessLogExamples {

    static final String MERGED = """
            {
              "items": [
                {
                  "service": "messaging",
                  "at": "2026-03-09T11:04:12Z",
                  "roles": ["professional"],
                  "teams": ["weight-team"],
                  "actor": null,
                  "action": "read",
                  "resource": "thread/3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10/messages",
                  "reason": "care-team follow-up"
                },
                {
                  "service": "pathway",
                  "at": "2026-03-06T08:31:47Z",
                  "roles": ["professional"],
                  "teams": ["weight-team"],
                  "actor": null,
                  "action": "read",
                  "resource": "enrollment/8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
                  "reason": "care-team follow-up"
                }
              ],
              "page": 0,
              "size": 20,
              "total": 2,
              "unavailable": []
            }
            """;

    static final String PARTIAL = """
            {
              "items": [
                {
                  "service": "pathway",
                  "at": "2026-03-06T08:31:47Z",
                  "roles": ["professional"],
                  "teams": ["weight-team"],
                  "actor": null,
                  "action": "read",
                  "resource": "enrollment/8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
                  "reason": "care-team follow-up"
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1,
              "unavailable": ["messaging"]
            }
            """;

    private AccessLogExamples() {
    }
}
