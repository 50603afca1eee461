-- The national customer-experience instrument (THL): the recommendation question for NPS, agreement statements on
-- availability, encounter, participation, safety, information and usefulness, and an open question; with the
-- Customer Effort Score (1-7) before the open question. Regions add their own statements in later versions.
INSERT INTO survey (survey_key, version, published_at, published_by, content) VALUES ('national', 1, now(), 'migration', '{
  "name": {"fi": "Asiakaskokemus", "sv": "Kundupplevelse", "en": "Client experience"},
  "items": [
    {"key": "nps", "type": "NPS", "national": true, "required": true,
     "text": {"fi": "Kuinka todennäköisesti suosittelisit saamaasi palvelua läheisillesi, jos he tarvitsisivat vastaavaa palvelua?",
              "sv": "Hur sannolikt är det att du skulle rekommendera tjänsten du fick till dina närstående om de behövde motsvarande tjänst?",
              "en": "How likely would you be to recommend the service you received to people close to you if they needed similar services?"}},
    {"key": "availability", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Sain palvelua silloin, kun tarvitsin.", "sv": "Jag fick service när jag behövde det.",
              "en": "I received the service when I needed it."}},
    {"key": "encounter", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Minua kohdeltiin arvostavasti.", "sv": "Jag blev bemött med respekt.",
              "en": "I was treated with respect."}},
    {"key": "participation", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Sain osallistua itseäni koskeviin päätöksiin.", "sv": "Jag fick delta i besluten som gällde mig.",
              "en": "I could take part in the decisions concerning me."}},
    {"key": "safety", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Koin palvelun turvalliseksi.", "sv": "Jag upplevde tjänsten som trygg.",
              "en": "I felt the service was safe."}},
    {"key": "information", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Sain ymmärrettävää tietoa.", "sv": "Jag fick information som jag förstod.",
              "en": "I received information I could understand."}},
    {"key": "usefulness", "type": "AGREEMENT", "national": true, "required": false,
     "text": {"fi": "Palvelusta oli minulle hyötyä.", "sv": "Tjänsten var till nytta för mig.",
              "en": "The service was useful to me."}},
    {"key": "ces", "type": "CES", "national": false, "required": false,
     "text": {"fi": "Kuinka helppoa asioidesi hoitaminen digipolulla oli?", "sv": "Hur lätt var det att sköta dina ärenden på den digitala vårdvägen?",
              "en": "How easy was it to handle your matters on the digital care pathway?"}},
    {"key": "open", "type": "OPEN", "national": true, "required": false,
     "text": {"fi": "Mitä muuta haluaisit kertoa palvelusta?", "sv": "Vad mer vill du berätta om tjänsten?",
              "en": "What else would you like to tell us about the service?"}}
  ]
}');
