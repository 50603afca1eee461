package fi.digipolku.gateway.session;

/** Example answers of the session API, for the OpenAPI document. */
final class SessionExamples {

    static final String PROFESSIONAL = """
            {
              "subject": "a41c7e92-0f3b-4d6a-8e25-b9d0c1f4e7a3",
              "roles": ["professional"],
              "teams": ["diabetes-team", "weight-team"],
              "acr": "substantial",
              "mandates": [],
              "representative": null
            }
            """;

    static final String GUARDIAN = """
            {
              "subject": "5d6a1f0e-2b7c-4e39-9a84-61c3f2d8e0b5",
              "roles": ["client"],
              "teams": [],
              "acr": "high",
              "mandates": ["9b2e4d7a-6c1f-4a38-b5e0-3d8f2c7a1e94"],
              "representative": null
            }
            """;

    private SessionExamples() {
    }
}
