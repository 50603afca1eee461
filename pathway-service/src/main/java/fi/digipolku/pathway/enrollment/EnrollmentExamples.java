package fi.digipolku.pathway.enrollment;

/**
 * Example requests and answers of the enrollment API, for the OpenAPI document: the weight-management coaching (stack
 * demo) opened by a professional of weight-team on 2 March 2026.
 */
final class EnrollmentExamples {

    static final String START_BY_PROFESSIONAL = """
            {
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "clientSubject": "5d6a1f0e-2b7c-4e39-9a84-61c3f2d8e0b5"
            }
            """;

    static final String START_BY_CLIENT = """
            {
              "definitionId": "0e7c4b1a-9f26-4d58-a3e1-7b5c2d8f4a96"
            }
            """;

    static final String STARTED = """
            {
              "id": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "definitionVersion": 2,
              "clientSubject": "5d6a1f0e-2b7c-4e39-9a84-61c3f2d8e0b5",
              "kind": "PROFESSIONAL",
              "careTeam": "weight-team",
              "followedByTeam": true,
              "status": "ACTIVE",
              "startedOn": "2026-03-02",
              "endsOn": "2026-05-24",
              "startedAt": "2026-03-02T08:14:37.512Z",
              "endedAt": null,
              "endReason": null,
              "lastActivityAt": "2026-03-02T08:14:37.512Z",
              "disabledModules": [],
              "etag": 0
            }
            """;

    static final String ACTIVE = """
            {
              "id": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "definitionVersion": 2,
              "clientSubject": "5d6a1f0e-2b7c-4e39-9a84-61c3f2d8e0b5",
              "kind": "PROFESSIONAL",
              "careTeam": "weight-team",
              "followedByTeam": true,
              "status": "ACTIVE",
              "startedOn": "2026-03-02",
              "endsOn": "2026-05-24",
              "startedAt": "2026-03-02T08:14:37.512Z",
              "endedAt": null,
              "endReason": null,
              "lastActivityAt": "2026-03-09T06:42:10.482113Z",
              "disabledModules": [],
              "etag": 3
            }
            """;

    static final String UPGRADE = """
            {
              "clientConsents": true
            }
            """;

    static final String MODULE_OFF = """
            {
              "enabled": false
            }
            """;

    static final String DISCONTINUE = """
            {
              "reason": "Asiakas siirtyi erikoissairaanhoidon ravitsemusterapeutin seurantaan."
            }
            """;

    private EnrollmentExamples() {
    }
}
