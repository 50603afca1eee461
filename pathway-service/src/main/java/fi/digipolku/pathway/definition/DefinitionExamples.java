package fi.digipolku.pathway.definition;

/**
 * Example requests and answers of the definition API, for the OpenAPI document: the weight-management coaching of the
 * stack demo ({@code stack/demo/weight-management.json}), which publishes as it is.
 */
public final class DefinitionExamples {

    static final String CONTENT = """
            {
              "name": {"fi": "Painonhallinnan valmennus", "sv": "Viktkontrollcoachning"},
              "description": {"fi": "12 viikon valmennus aikuisille: viikoittaiset mittaukset, ruokapäiväkirja ja hoitotiimin tuki viestein."},
              "kind": "PROFESSIONAL",
              "targetGroup": "ADULTS",
              "carePhase": "TREATMENT",
              "durationDays": 84,
              "careTeam": "weight-team",
              "messagingEnabled": true,
              "owningUnit": "Elintapaohjaus, perusterveydenhuolto",
              "responsiblePerson": "Palveluesihenkilö, elintapaohjaus",
              "feedbackTiming": "AT_END",
              "serviceEvent": {"placeOfService": "Elintapaohjaus", "costCentre": "KP-4120", "auraServiceClass": "T40", "contactType": "R51"},
              "modules": [
                {"key": "welcome", "type": "INFO", "dayOffset": 0, "required": false,
                 "title": {"fi": "Tervetuloa valmennukseen"},
                 "body": {"fi": "Valmennus kestää 12 viikkoa. Kirjaat painon ja vyötärönympäryksen kerran viikossa ja pidät ruokapäiväkirjaa. Hoitotiimi vastaa viesteihin kahden arkipäivän kuluessa."},
                 "links": [{"url": "https://www.kaypahoito.fi/", "label": {"fi": "Käypä hoito -suositukset"}}]},
                {"key": "start-questionnaire", "type": "QUESTIONNAIRE", "dayOffset": 0, "required": true,
                 "title": {"fi": "Alkukysely"},
                 "questionnaire": {"purpose": "START", "items": [
                   {"key": "meals", "type": "NUMBER", "text": {"fi": "Montako ateriaa syöt tavallisesti päivässä?"}, "required": true, "min": 0, "max": 10, "weight": 0},
                   {"key": "activity", "type": "SINGLE_CHOICE", "text": {"fi": "Kuinka paljon liikut viikossa?"}, "required": true,
                    "options": [{"key": "none", "text": {"fi": "En juuri lainkaan"}, "weight": 0},
                                {"key": "some", "text": {"fi": "1–2 tuntia"}, "weight": 1},
                                {"key": "much", "text": {"fi": "Yli 2 tuntia"}, "weight": 2}]},
                   {"key": "wellbeing", "type": "SCALE", "text": {"fi": "Miten arvioit hyvinvointisi asteikolla 0–10?"}, "required": true, "min": 0, "max": 10, "weight": 1},
                   {"key": "goals", "type": "TEXT", "text": {"fi": "Mitä haluat valmennukselta?"}, "required": false}
                 ]}},
                {"key": "weight", "type": "MEASUREMENT", "dayOffset": 0, "required": false,
                 "title": {"fi": "Paino"},
                 "measurement": {"type": "BODY_WEIGHT", "plausible": {"value": {"min": 30, "max": 300}}, "alert": {"value": {"min": 40, "max": 250}},
                                 "schedule": {"everyNDays": 7, "fromDay": 0}}},
                {"key": "waist", "type": "MEASUREMENT", "dayOffset": 0, "required": false,
                 "title": {"fi": "Vyötärönympärys"},
                 "measurement": {"type": "WAIST_CIRCUMFERENCE", "plausible": {"value": {"min": 40, "max": 250}},
                                 "schedule": {"everyNDays": 7, "fromDay": 0}}},
                {"key": "food-diary", "type": "DIARY", "dayOffset": 0, "required": false,
                 "title": {"fi": "Ruokapäiväkirja"},
                 "diary": {"kind": "FOOD", "visibility": "SHARED_WITH_TEAM"}},
                {"key": "plate-model", "type": "INSTRUCTION", "dayOffset": 7, "required": false,
                 "title": {"fi": "Lautasmalli"},
                 "body": {"fi": "Täytä puolet lautasesta kasviksilla, neljännes täysjyväviljalla ja neljännes proteiinilla."}},
                {"key": "end-questionnaire", "type": "QUESTIONNAIRE", "dayOffset": 77, "required": true,
                 "title": {"fi": "Loppukysely"},
                 "questionnaire": {"purpose": "END", "items": [
                   {"key": "wellbeing", "type": "SCALE", "text": {"fi": "Miten arvioit hyvinvointisi asteikolla 0–10?"}, "required": true, "min": 0, "max": 10, "weight": 1}
                 ]}}
              ]
            }
            """;

    /**
     * {@link #CONTENT} as the API shows it: every member, null or empty where the admin gave nothing, numbers as
     * decimals. Also the example of an enrollment's content.
     */
    public static final String CONTENT_SHOWN = """
            {
              "name": {"fi": "Painonhallinnan valmennus", "sv": "Viktkontrollcoachning"},
              "description": {"fi": "12 viikon valmennus aikuisille: viikoittaiset mittaukset, ruokapäiväkirja ja hoitotiimin tuki viestein."},
              "kind": "PROFESSIONAL",
              "targetGroup": "ADULTS",
              "carePhase": "TREATMENT",
              "durationDays": 84,
              "careTeam": "weight-team",
              "messagingEnabled": true,
              "owningUnit": "Elintapaohjaus, perusterveydenhuolto",
              "responsiblePerson": "Palveluesihenkilö, elintapaohjaus",
              "feedbackTiming": "AT_END",
              "serviceEvent": {"placeOfService": "Elintapaohjaus", "costCentre": "KP-4120", "auraServiceClass": "T40", "contactType": "R51"},
              "modules": [
                {"key": "welcome", "type": "INFO", "dayOffset": 0, "required": false,
                 "title": {"fi": "Tervetuloa valmennukseen"},
                 "body": {"fi": "Valmennus kestää 12 viikkoa. Kirjaat painon ja vyötärönympäryksen kerran viikossa ja pidät ruokapäiväkirjaa. Hoitotiimi vastaa viesteihin kahden arkipäivän kuluessa."},
                 "links": [{"url": "https://www.kaypahoito.fi/", "label": {"fi": "Käypä hoito -suositukset"}}],
                 "questionnaire": null, "measurement": null, "diary": null},
                {"key": "start-questionnaire", "type": "QUESTIONNAIRE", "dayOffset": 0, "required": true,
                 "title": {"fi": "Alkukysely"}, "body": {}, "links": [],
                 "questionnaire": {"purpose": "START", "items": [
                   {"key": "meals", "type": "NUMBER", "text": {"fi": "Montako ateriaa syöt tavallisesti päivässä?"}, "required": true, "options": [], "min": 0.0, "max": 10.0, "weight": 0.0},
                   {"key": "activity", "type": "SINGLE_CHOICE", "text": {"fi": "Kuinka paljon liikut viikossa?"}, "required": true,
                    "options": [{"key": "none", "text": {"fi": "En juuri lainkaan"}, "weight": 0.0},
                                {"key": "some", "text": {"fi": "1–2 tuntia"}, "weight": 1.0},
                                {"key": "much", "text": {"fi": "Yli 2 tuntia"}, "weight": 2.0}],
                    "min": null, "max": null, "weight": null},
                   {"key": "wellbeing", "type": "SCALE", "text": {"fi": "Miten arvioit hyvinvointisi asteikolla 0–10?"}, "required": true, "options": [], "min": 0.0, "max": 10.0, "weight": 1.0},
                   {"key": "goals", "type": "TEXT", "text": {"fi": "Mitä haluat valmennukselta?"}, "required": false, "options": [], "min": null, "max": null, "weight": null}
                 ], "bands": []},
                 "measurement": null, "diary": null},
                {"key": "weight", "type": "MEASUREMENT", "dayOffset": 0, "required": false,
                 "title": {"fi": "Paino"}, "body": {}, "links": [], "questionnaire": null,
                 "measurement": {"type": "BODY_WEIGHT", "loinc": null, "unit": null,
                                 "plausible": {"value": {"min": 30.0, "max": 300.0}}, "alert": {"value": {"min": 40.0, "max": 250.0}},
                                 "schedule": {"everyNDays": 7, "timesPerWeek": null, "fromDay": 0, "untilDay": null}},
                 "diary": null},
                {"key": "waist", "type": "MEASUREMENT", "dayOffset": 0, "required": false,
                 "title": {"fi": "Vyötärönympärys"}, "body": {}, "links": [], "questionnaire": null,
                 "measurement": {"type": "WAIST_CIRCUMFERENCE", "loinc": null, "unit": null,
                                 "plausible": {"value": {"min": 40.0, "max": 250.0}}, "alert": {},
                                 "schedule": {"everyNDays": 7, "timesPerWeek": null, "fromDay": 0, "untilDay": null}},
                 "diary": null},
                {"key": "food-diary", "type": "DIARY", "dayOffset": 0, "required": false,
                 "title": {"fi": "Ruokapäiväkirja"}, "body": {}, "links": [], "questionnaire": null, "measurement": null,
                 "diary": {"kind": "FOOD", "visibility": "SHARED_WITH_TEAM"}},
                {"key": "plate-model", "type": "INSTRUCTION", "dayOffset": 7, "required": false,
                 "title": {"fi": "Lautasmalli"},
                 "body": {"fi": "Täytä puolet lautasesta kasviksilla, neljännes täysjyväviljalla ja neljännes proteiinilla."},
                 "links": [], "questionnaire": null, "measurement": null, "diary": null},
                {"key": "end-questionnaire", "type": "QUESTIONNAIRE", "dayOffset": 77, "required": true,
                 "title": {"fi": "Loppukysely"}, "body": {}, "links": [],
                 "questionnaire": {"purpose": "END", "items": [
                   {"key": "wellbeing", "type": "SCALE", "text": {"fi": "Miten arvioit hyvinvointisi asteikolla 0–10?"}, "required": true, "options": [], "min": 0.0, "max": 10.0, "weight": 1.0}
                 ], "bands": []},
                 "measurement": null, "diary": null}
              ]
            }
            """;

    static final String CREATED = """
            {
              "id": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "status": "DRAFT",
              "latestVersion": 0,
              "published": null,
              "draft": """ + CONTENT_SHOWN + """
            ,
              "createdAt": "2026-01-12T09:30:05.218Z",
              "updatedAt": "2026-01-12T09:30:05.218Z",
              "etag": 0
            }
            """;

    static final String PUBLISHED = """
            {
              "id": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
              "status": "PUBLISHED",
              "latestVersion": 2,
              "published": """ + CONTENT_SHOWN + """
            ,
              "draft": null,
              "createdAt": "2026-01-12T09:30:05.218Z",
              "updatedAt": "2026-02-03T13:12:44.907Z",
              "etag": 5
            }
            """;

    private DefinitionExamples() {
    }
}
