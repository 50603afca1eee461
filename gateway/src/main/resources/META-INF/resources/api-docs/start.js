// Swagger UI over every service's OpenAPI document, as the gateway lists them (GET /openapi).
window.addEventListener('load', function () {
  fetch('/openapi', { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (documents) {
      window.ui = SwaggerUIBundle({
        urls: documents.map(function (d) { return { name: d.name, url: d.url }; }),
        dom_id: '#swagger-ui',
        deepLinking: true,
        displayOperationId: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'StandaloneLayout',
        validatorUrl: null,
        // Signing in through the documents' openIdConnect scheme comes back to this page's own redirect page.
        oauth2RedirectUrl: window.location.origin + '/api-docs/oauth2-redirect.html'
      });
      // The realm's public client of user interfaces, with PKCE: no secret lives in the page.
      window.ui.initOAuth({ clientId: 'digipolku-app', usePkceWithAuthorizationCodeGrant: true });
    });
});
