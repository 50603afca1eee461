package fi.digipolku.pathway.fhir;

/**
 * Example answers of the FHIR API, for the OpenAPI document, as {@link FhirMapper} and HAPI FHIR write them: a reviewed
 * body weight of a test identity code (010180-9026), and the server's CapabilityStatement.
 */
final class FhirExamples {

    static final String OBSERVATION = """
            {
              "resourceType": "Observation",
              "id": "5f0c2b7e-8d3a-4c61-9e2f-1a7b4c9d0e13",
              "meta": {"versionId": "1", "lastUpdated": "2026-03-10T08:15:00.000+00:00"},
              "status": "final",
              "category": [
                {
                  "coding": [
                    {
                      "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                      "code": "vital-signs",
                      "display": "Vital Signs"
                    }
                  ]
                }
              ],
              "code": {
                "coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}],
                "text": "Body weight"
              },
              "subject": {
                "type": "Patient",
                "identifier": {"system": "urn:oid:1.2.246.21", "value": "010180-9026"}
              },
              "effectiveDateTime": "2026-03-09T06:30:00+00:00",
              "issued": "2026-03-10T08:15:00.000+00:00",
              "valueQuantity": {
                "value": 86.4,
                "unit": "kg",
                "system": "http://unitsofmeasure.org",
                "code": "kg"
              }
            }
            """;

    static final String SEARCHSET = """
            {
              "resourceType": "Bundle",
              "meta": {"lastUpdated": "2026-03-10T09:02:17.431+00:00"},
              "type": "searchset",
              "total": 1,
              "link": [
                {
                  "relation": "self",
                  "url": "https://digipolku.example.fi/fhir/r4/Observation?date=ge2026-03-01&patient%3Aidentifier=urn%3Aoid%3A1.2.246.21%7C010180-9026&_count=20&_offset=0"
                }
              ],
              "entry": [
                {
                  "fullUrl": "https://digipolku.example.fi/fhir/r4/Observation/5f0c2b7e-8d3a-4c61-9e2f-1a7b4c9d0e13",
                  "resource": {
                    "resourceType": "Observation",
                    "id": "5f0c2b7e-8d3a-4c61-9e2f-1a7b4c9d0e13",
                    "meta": {"versionId": "1", "lastUpdated": "2026-03-10T08:15:00.000+00:00"},
                    "status": "final",
                    "category": [
                      {
                        "coding": [
                          {
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "vital-signs",
                            "display": "Vital Signs"
                          }
                        ]
                      }
                    ],
                    "code": {
                      "coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}],
                      "text": "Body weight"
                    },
                    "subject": {
                      "type": "Patient",
                      "identifier": {"system": "urn:oid:1.2.246.21", "value": "010180-9026"}
                    },
                    "effectiveDateTime": "2026-03-09T06:30:00+00:00",
                    "issued": "2026-03-10T08:15:00.000+00:00",
                    "valueQuantity": {
                      "value": 86.4,
                      "unit": "kg",
                      "system": "http://unitsofmeasure.org",
                      "code": "kg"
                    }
                  },
                  "search": {"mode": "match"}
                }
              ]
            }
            """;

    static final String CAPABILITY_STATEMENT = """
            {
              "resourceType": "CapabilityStatement",
              "status": "active",
              "date": "2026-01-15T10:00:00+00:00",
              "kind": "instance",
              "software": {"name": "Digipolku pathway-service"},
              "implementation": {
                "description": "Digipolku: reviewed client data of digital care pathways",
                "url": "https://digipolku.example.fi/fhir/r4"
              },
              "fhirVersion": "4.0.1",
              "format": ["application/fhir+json"],
              "rest": [
                {
                  "mode": "server",
                  "security": {"description": "OAuth 2.0 bearer token of a client with the integrator role"},
                  "resource": [
                    {
                      "type": "Observation",
                      "interaction": [{"code": "read"}, {"code": "search-type"}],
                      "searchParam": [
                        {
                          "name": "patient",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {
                          "name": "subject",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {"name": "date", "type": "date", "documentation": "effective time (ge, gt, le, lt)"},
                        {"name": "category", "type": "token", "documentation": "vital-signs or laboratory"},
                        {"name": "code", "type": "token", "documentation": "LOINC code"},
                        {
                          "name": "_lastUpdated",
                          "type": "date",
                          "documentation": "time of the professional's review"
                        }
                      ]
                    },
                    {
                      "type": "QuestionnaireResponse",
                      "interaction": [{"code": "read"}, {"code": "search-type"}],
                      "searchParam": [
                        {
                          "name": "patient",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {
                          "name": "subject",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {"name": "authored", "type": "date", "documentation": "time of answering"},
                        {
                          "name": "_lastUpdated",
                          "type": "date",
                          "documentation": "time of the professional's review"
                        }
                      ]
                    },
                    {
                      "type": "CarePlan",
                      "interaction": [{"code": "read"}, {"code": "search-type"}],
                      "searchParam": [
                        {
                          "name": "patient",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {
                          "name": "subject",
                          "type": "reference",
                          "documentation": "Patient identifier: patient:identifier, subject:identifier or patient.identifier = urn:oid:1.2.246.21|<identity code>"
                        },
                        {"name": "_lastUpdated", "type": "date", "documentation": "last activity"}
                      ]
                    },
                    {"type": "PlanDefinition", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                    {"type": "Questionnaire", "interaction": [{"code": "read"}, {"code": "search-type"}]}
                  ]
                }
              ]
            }
            """;

    private FhirExamples() {
    }
}
