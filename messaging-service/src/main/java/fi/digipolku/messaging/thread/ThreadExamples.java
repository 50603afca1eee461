package fi.digipolku.messaging.thread;

/** Example requests and answers of the thread API, for the OpenAPI document. */
final class ThreadExamples {

    static final String OPEN_REQUEST = """
            {
              "enrollmentId": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "topic": "Ruokapäiväkirjan täyttäminen",
              "body": "Hei! Unohdin kirjata eilisen päivällisen ruokapäiväkirjaan. Voinko lisätä sen vielä jälkikäteen?"
            }
            """;

    static final String THREAD = """
            {
              "id": "3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10",
              "enrollmentId": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "definitionId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "clientId": "5d6a1f0e-2b7c-4e39-9a84-61c3f2d8e0b5",
              "careTeam": "weight-team",
              "inboxTeam": "weight-team",
              "topic": "Ruokapäiväkirjan täyttäminen",
              "status": "OPEN",
              "openedByRole": "client",
              "openedAt": "2026-03-09T07:42:15Z",
              "closedAt": null,
              "closedReason": null,
              "assignee": null,
              "lastMessageAt": "2026-03-09T07:42:15Z",
              "awaitingReply": true,
              "waitingSince": "2026-03-09T07:42:15Z",
              "dueAt": "2026-03-11T07:42:15Z",
              "overdue": false,
              "contactRequest": false,
              "unread": 0,
              "firstResponse": null
            }
            """;

    /** A multipart/form-data request as its fields; a file field's value stands for the file's bytes. */
    static final String MESSAGE_FORM = """
            {
              "body": "Tässä eilinen päivällinen. Onko annoskoko sopiva?",
              "file": ["(päivällinen.jpg, image/jpeg)"]
            }
            """;

    static final String MESSAGE_REQUEST = """
            {
              "body": "Hei! Voit lisätä merkinnän jälkikäteen: valitse päiväkirjasta eilinen päivä ja lisää ateria."
            }
            """;

    static final String MESSAGE = """
            {
              "id": "e2a7c3d4-5b6f-4a81-9c0d-7f3e2b1a9d58",
              "threadId": "3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10",
              "senderRole": "professional",
              "senderId": "a41c7e92-0f3b-4d6a-8e25-b9d0c1f4e7a3",
              "body": "Hei! Voit lisätä merkinnän jälkikäteen: valitse päiväkirjasta eilinen päivä ja lisää ateria.",
              "sentAt": "2026-03-09T11:05:40Z",
              "contactRequest": false,
              "seenByRecipient": false,
              "attachments": [
                {
                  "id": "6c1d8e4f-3a2b-4f70-b5e9-0d7a2c9f1e63",
                  "fileName": "ruokapaivakirja-ohje.pdf",
                  "contentType": "application/pdf",
                  "size": 184320,
                  "href": "/api/v1/threads/3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10/messages/e2a7c3d4-5b6f-4a81-9c0d-7f3e2b1a9d58/attachments/6c1d8e4f-3a2b-4f70-b5e9-0d7a2c9f1e63"
                }
              ]
            }
            """;

    static final String ASSIGN_REQUEST = """
            {
              "assignee": "a41c7e92-0f3b-4d6a-8e25-b9d0c1f4e7a3"
            }
            """;

    static final String RELEASE_REQUEST = """
            {
              "assignee": null
            }
            """;

    private ThreadExamples() {
    }
}
