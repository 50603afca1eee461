package fi.digipolku.feedback.export;

/** Example answers of the national export, for the OpenAPI document. */
final class ExportExamples {

    /** A delivery file of two answers; records end in CRLF, an open answer with a semicolon is quoted. */
    static final String CSV = """
            response_id;survey;survey_version;pathway_id;pathway_version;care_team;place_of_service;cost_centre;aura_service_class;contact_type;client_segment;requested_on;answered_on;nps;ces;availability;encounter;participation;safety;information;usefulness;open_answer\r
            1f4c9a2e-7b3d-4e85-9a6c-2d8e0b5f7c13;national;1;c9bf9e57-1685-4c89-bafb-ff5af830be8a;3;weight-team;Elintapaohjaus;KP-4120;T40;R51;45-64;;2026-02-16;9;6;4;5;4;5;4;5;"Hoitaja vastasi viesteihin nopeasti; ruokapäiväkirjan täyttäminen puhelimella oli välillä hankalaa."\r
            8a0d6e3b-2c5f-4b97-8e1a-4f7c9d2b6e05;national;1;c9bf9e57-1685-4c89-bafb-ff5af830be8a;3;weight-team;Elintapaohjaus;KP-4120;T40;R51;30-44;;2026-02-16;7;;3;4;;4;4;3;\r
            """;

    static final String PATHWAYS_TO_FIX = """
            {
              "pathwaysToFix": [
                {
                  "definitionId": "7d3f1b9e-5a2c-4e60-b8d4-1c9e7a3f5b20",
                  "definitionVersion": 2,
                  "missingFields": ["cost_centre", "aura_service_class"]
                }
              ]
            }
            """;

    private ExportExamples() {
    }
}
