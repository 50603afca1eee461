package fi.digipolku.messaging.team;

/** Example requests and answers of the team API, for the OpenAPI document. */
final class TeamExamples {

    static final String REQUEST = """
            {
              "promise": {"amount": 4, "unit": "WORKING_HOURS"},
              "workingHours": {"start": "08:00", "end": "16:00", "zone": "Europe/Helsinki"},
              "openingHours": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "opens": "08:00", "closes": "15:00"},
              "escalationTeam": "diabetes-duty-team"
            }
            """;

    static final String TEAM = """
            {
              "team": "diabetes-team",
              "configured": true,
              "promise": {"amount": 4, "unit": "WORKING_HOURS"},
              "workingHours": {"start": "08:00", "end": "16:00", "zone": "Europe/Helsinki"},
              "openingHours": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "opens": "08:00", "closes": "15:00"},
              "escalationTeam": "diabetes-duty-team"
            }
            """;

    private TeamExamples() {
    }
}
