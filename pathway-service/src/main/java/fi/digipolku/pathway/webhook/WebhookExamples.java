package fi.digipolku.pathway.webhook;

/** Example requests and answers of the webhook API, for the OpenAPI document. */
final class WebhookExamples {

    static final String REGISTER = """
            {
              "url": "https://integraatiot.hyvinvointialue.example.fi/digipolku/ilmoitukset",
              "resourceTypes": ["Observation", "QuestionnaireResponse"]
            }
            """;

    static final String REGISTERED = """
            {
              "id": "b7e2c9a4-1d3f-4a68-9c5e-2f8d0a6b4e17",
              "url": "https://integraatiot.hyvinvointialue.example.fi/digipolku/ilmoitukset",
              "resourceTypes": ["Observation", "QuestionnaireResponse"],
              "createdAt": "2026-02-16T10:04:51.377Z",
              "secret": "whsec_pKQX_2kuabRjn-2fk3EhKd3lnuUjjgAlkOir8PNgVbA"
            }
            """;

    private WebhookExamples() {
    }
}
