package fi.digipolku.feedback.survey;

/** Example requests and answers of the survey API, for the OpenAPI document. */
final class SurveyExamples {

    /** The national instrument's items, shared by the examples of both versions. */
    private static final String NATIONAL_ITEMS = """
                  {"key": "nps", "type": "NPS", "national": true, "required": true,
                   "text": {"fi": "Kuinka todennäköisesti suosittelisit saamaasi palvelua läheisillesi, jos he tarvitsisivat vastaavaa palvelua?",
                            "sv": "Hur sannolikt är det att du skulle rekommendera tjänsten du fick till dina närstående om de behövde motsvarande tjänst?",
                            "en": "How likely would you be to recommend the service you received to people close to you if they needed similar services?"}},
                  {"key": "availability", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Sain palvelua silloin, kun tarvitsin.", "sv": "Jag fick service när jag behövde det.", "en": "I received the service when I needed it."}},
                  {"key": "encounter", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Minua kohdeltiin arvostavasti.", "sv": "Jag blev bemött med respekt.", "en": "I was treated with respect."}},
                  {"key": "participation", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Sain osallistua itseäni koskeviin päätöksiin.", "sv": "Jag fick delta i besluten som gällde mig.", "en": "I could take part in the decisions concerning me."}},
                  {"key": "safety", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Koin palvelun turvalliseksi.", "sv": "Jag upplevde tjänsten som trygg.", "en": "I felt the service was safe."}},
                  {"key": "information", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Sain ymmärrettävää tietoa.", "sv": "Jag fick information som jag förstod.", "en": "I received information I could understand."}},
                  {"key": "usefulness", "type": "AGREEMENT", "national": true, "required": false,
                   "text": {"fi": "Palvelusta oli minulle hyötyä.", "sv": "Tjänsten var till nytta för mig.", "en": "The service was useful to me."}},
            """;

    /** The items after the agreement statements. */
    private static final String CLOSING_ITEMS = """
                  {"key": "ces", "type": "CES", "national": false, "required": false,
                   "text": {"fi": "Kuinka helppoa asioidesi hoitaminen digipolulla oli?", "sv": "Hur lätt var det att sköta dina ärenden på den digitala vårdvägen?",
                            "en": "How easy was it to handle your matters on the digital care pathway?"}},
                  {"key": "open", "type": "OPEN", "national": true, "required": false,
                   "text": {"fi": "Mitä muuta haluaisit kertoa palvelusta?", "sv": "Vad mer vill du berätta om tjänsten?", "en": "What else would you like to tell us about the service?"}}
            """;

    static final String NATIONAL = """
            {
              "key": "national",
              "version": 1,
              "publishedAt": "2026-01-12T06:00:00Z",
              "content": {
                "name": {"fi": "Asiakaskokemus", "sv": "Kundupplevelse", "en": "Client experience"},
                "items": [
            """ + NATIONAL_ITEMS + CLOSING_ITEMS + """
                ]
              }
            }
            """;

    static final String REGIONAL_REQUEST = """
            {
              "statements": [
                {"key": "message-replies", "text": {"fi": "Sain vastauksen viesteihini luvatussa ajassa.", "sv": "Jag fick svar på mina meddelanden inom utlovad tid.", "en": "My messages were answered within the promised time."}},
                {"key": "clear-instructions", "text": {"fi": "Digipolun ohjeet olivat selkeitä."}}
              ]
            }
            """;

    static final String WITH_REGIONAL = """
            {
              "key": "national",
              "version": 2,
              "publishedAt": "2026-03-02T09:15:30Z",
              "content": {
                "name": {"fi": "Asiakaskokemus", "sv": "Kundupplevelse", "en": "Client experience"},
                "items": [
            """ + NATIONAL_ITEMS
            + """
                          {"key": "message-replies", "type": "AGREEMENT", "national": false, "required": false,
                           "text": {"fi": "Sain vastauksen viesteihini luvatussa ajassa.", "sv": "Jag fick svar på mina meddelanden inom utlovad tid.", "en": "My messages were answered within the promised time."}},
                          {"key": "clear-instructions", "type": "AGREEMENT", "national": false, "required": false,
                           "text": {"fi": "Digipolun ohjeet olivat selkeitä."}},
                    """
            + CLOSING_ITEMS + """
                        ]
                      }
                    }
                    """;

    private SurveyExamples() {
    }
}
