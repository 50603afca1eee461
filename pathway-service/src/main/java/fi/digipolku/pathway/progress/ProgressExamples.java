package fi.digipolku.pathway.progress;

/**
 * Example requests and answers of the progress API, for the OpenAPI document: the weight-management coaching (stack
 * demo) started on 2 March 2026, a week on.
 */
final class ProgressExamples {

    /** Measured now: without {@code measuredAt}, so that trying it out works on any day. */
    static final String RECORD_MEASUREMENT = """
            {
              "values": {"value": 86.4},
              "unit": "kg"
            }
            """;

    static final String RECORD_BLOOD_PRESSURE = """
            {
              "values": {"systolic": 138, "diastolic": 86},
              "measuredAt": "2026-03-09T05:55:00Z"
            }
            """;

    static final String RECORD_ANSWERS = """
            {
              "answers": {
                "meals": 3,
                "activity": "some",
                "wellbeing": 7,
                "goals": "Haluan oppia syömään säännöllisesti ja jaksaa liikkua arkena."
              }
            }
            """;

    static final String RECORD_DIARY = """
            {
              "text": "Aamupala: kaurapuuroa ja mustikoita. Lounas: kasvissosekeitto ja ruisleipä. Iltapäivällä puolen tunnin kävely."
            }
            """;

    static final String RECORD_NOTHING = "{}";

    static final String MEASUREMENT_RECORDED = """
            {
              "id": "5f0c2b7e-8d3a-4c61-9e2f-1a7b4c9d0e13",
              "enrollmentId": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "moduleKey": "weight",
              "moduleType": "MEASUREMENT",
              "recordedAt": "2026-03-09T06:42:10.482113Z",
              "recordedOn": "2026-03-09",
              "payload": {
                "unit": "kg",
                "loinc": "29463-7",
                "values": {"value": 86.4},
                "measuredAt": "2026-03-09T06:30:00Z"
              },
              "score": null,
              "band": null,
              "flagged": false,
              "privateEntry": false,
              "reviewedAt": null,
              "reviewedBy": null
            }
            """;

    static final String ANSWERS_RECORDED = """
            {
              "id": "a3e9d1c7-4b2f-4e86-8d05-6f1c7b2e9a40",
              "enrollmentId": "8f14e45f-ceea-467f-a8f5-9c2b1d3e4a71",
              "moduleKey": "start-questionnaire",
              "moduleType": "QUESTIONNAIRE",
              "recordedAt": "2026-03-02T17:20:41.093518Z",
              "recordedOn": "2026-03-02",
              "payload": {
                "answers": {
                  "meals": 3,
                  "activity": "some",
                  "wellbeing": 7,
                  "goals": "Haluan oppia syömään säännöllisesti ja jaksaa liikkua arkena."
                }
              },
              "score": 8.0,
              "band": null,
              "flagged": false,
              "privateEntry": false,
              "reviewedAt": null,
              "reviewedBy": null
            }
            """;

    static final String TIMELINE = """
            {
              "today": "2026-03-09",
              "day": 7,
              "dueToday": [
                {"moduleKey": "weight", "type": "MEASUREMENT", "required": false, "dueOn": "2026-03-09", "state": "DUE_TODAY", "missed": []},
                {"moduleKey": "plate-model", "type": "INSTRUCTION", "required": false, "dueOn": "2026-03-09", "state": "DUE_TODAY", "missed": []}
              ],
              "upcoming": [
                {"moduleKey": "end-questionnaire", "type": "QUESTIONNAIRE", "required": true, "dueOn": "2026-05-18", "state": "UPCOMING", "missed": []}
              ],
              "overdue": [
                {"moduleKey": "waist", "type": "MEASUREMENT", "required": false, "dueOn": "2026-03-09", "state": "OVERDUE", "missed": ["2026-03-02"]}
              ],
              "done": [
                {"moduleKey": "welcome", "type": "INFO", "required": false, "dueOn": "2026-03-02", "state": "DONE", "missed": []},
                {"moduleKey": "start-questionnaire", "type": "QUESTIONNAIRE", "required": true, "dueOn": "2026-03-02", "state": "DONE", "missed": []}
              ]
            }
            """;

    static final String REVIEW_UP_TO = """
            {
              "upTo": "2026-03-09T12:00:00Z"
            }
            """;

    static final String REVIEWED = """
            {
              "reviewed": 3
            }
            """;

    private ProgressExamples() {
    }
}
